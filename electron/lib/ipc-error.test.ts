import { describe, expect, it } from 'vitest';
import { ipcErrorMessage } from './ipc-error';

describe('ipcErrorMessage', () => {
  it('drops Electron’s remote-method prefix and the error’s class name', () => {
    expect(
      ipcErrorMessage(
        new Error(
          "Error invoking remote method 'rightsmark:revealFile': RefusedCallError: revealFile: only files opened or saved in this session.",
        ),
      ),
    ).toBe('revealFile: only files opened or saved in this session.');
    expect(
      ipcErrorMessage(
        new Error(
          "Error invoking remote method 'rightsmark:saveFile': Error: ENOSPC: no space left",
        ),
      ),
    ).toBe('ENOSPC: no space left');
  });

  it('keeps a message that has no prefix as it is', () => {
    expect(ipcErrorMessage(new Error('The disk is full.'))).toBe('The disk is full.');
    expect(ipcErrorMessage('plain words')).toBe('plain words');
  });

  it('strips only one class name, so a colon in the message survives', () => {
    expect(ipcErrorMessage(new Error('TypeError: Error: nested'))).toBe('Error: nested');
  });

  it('never returns an empty message', () => {
    expect(ipcErrorMessage(new Error("Error invoking remote method 'x': "))).toBe(
      'The desktop app could not do this.',
    );
  });
});
