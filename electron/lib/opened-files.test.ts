import { describe, expect, it } from 'vitest';
import {
  OpenedFilesQueue,
  RECENT_FILES_KEPT,
  addRecentFile,
  filesFromCommandLine,
  isOpenablePath,
  parseRecentFiles,
} from './opened-files';

describe('isOpenablePath', () => {
  it('takes collections, briefing PDFs and documents, whatever the case of the extension', () => {
    for (const path of [
      'a.rightsmark.json',
      'b.json',
      'c.jsonld',
      'Briefing.PDF',
      'd.docx',
      'e.md',
      'f.txt',
      'g.html',
    ]) {
      expect(isOpenablePath(path), path).toBe(true);
    }
  });

  it('refuses everything else, and a bare extension', () => {
    for (const path of ['a.exe', 'b.zip', 'c.json.exe', '.json', 'notes', '/home/a/']) {
      expect(isOpenablePath(path), path).toBe(false);
    }
  });
});

describe('filesFromCommandLine', () => {
  it('finds the files after the program, resolving relative ones against the start folder', () => {
    expect(
      filesFromCommandLine(
        ['/opt/Rightsmark/rightsmark', 'team.rightsmark.json', '/data/brief.pdf'],
        '/home/a',
      ),
    ).toEqual(['/home/a/team.rightsmark.json', '/data/brief.pdf']);
  });

  it('skips Chromium switches, the development app folder and unknown kinds', () => {
    expect(
      filesFromCommandLine(
        [
          '/x/electron',
          '/work/project',
          '--no-sandbox',
          '--inspect=0',
          '--user-data-dir=/tmp/p.json',
          'evil.exe',
          'notes.txt',
        ],
        '/home/a',
      ),
    ).toEqual(['/home/a/notes.txt']);
  });

  it('names each file once', () => {
    expect(filesFromCommandLine(['/x', 'a.pdf', './a.pdf'], '/d')).toEqual(['/d/a.pdf']);
  });

  it('never takes the program itself, even if it looks like a document', () => {
    expect(filesFromCommandLine(['/tmp/app.pdf'], '/d')).toEqual([]);
  });
});

describe('recent files', () => {
  it('puts the newest first, without duplicates, keeping at most the limit', () => {
    let recent: string[] = [];
    for (let i = 0; i < RECENT_FILES_KEPT + 3; i += 1)
      recent = addRecentFile(recent, `/f/${i}.pdf`);
    expect(recent).toHaveLength(RECENT_FILES_KEPT);
    expect(recent[0]).toBe(`/f/${RECENT_FILES_KEPT + 2}.pdf`);
    recent = addRecentFile(recent, '/f/5.pdf');
    expect(recent[0]).toBe('/f/5.pdf');
    expect(recent.filter((p) => p === '/f/5.pdf')).toHaveLength(1);
  });

  it('reads back only absolute paths of openable kinds from the stored list', () => {
    expect(
      parseRecentFiles(JSON.stringify(['/a/x.pdf', 'relative.pdf', '/a/y.exe', 42, '/a/x.pdf'])),
    ).toEqual(['/a/x.pdf']);
    expect(parseRecentFiles('{"not":"a list"}')).toEqual([]);
    expect(parseRecentFiles('not json')).toEqual([]);
    expect(parseRecentFiles(null)).toEqual([]);
  });
});

describe('OpenedFilesQueue', () => {
  it('hands each waiting path over once, in order, then is empty', () => {
    const queue = new OpenedFilesQueue();
    queue.add(['/a.pdf', '/b.json']);
    queue.add(['/a.pdf', '/c.md']);
    expect(queue.size).toBe(3);
    expect(queue.take()).toEqual(['/a.pdf', '/b.json', '/c.md']);
    expect(queue.take()).toEqual([]);
    expect(queue.size).toBe(0);
  });
});
