/**
 * Builds a briefing PDF from plain input: plans it, lays out the cover, summary, contents,
 * sections, sources and appendix into pages, then writes them with pdf-lib (fonts subset and
 * embedded, links, highlights, bookmarks, metadata, the attached collection file) as a tagged
 * PDF meant to meet PDF/UA-1: structure tree, marked content, languages, XMP metadata with the
 * PDF/UA identifier, the title shown in the window. Reports progress and stops between
 * excerpts and pages when cancelled.
 */
import { PDFDocument, PDFName, type PDFPage, type PDFRef } from 'pdf-lib';
import { layoutAppendix } from './appendix-section';
import { layoutArgument } from './argument-section';
import type { BriefingFonts } from './briefing-fonts';
import { briefingText } from './briefing-text';
import { checkBriefingInput, type BriefingInput } from './briefing-input';
import { planBriefing, type BriefingPlan } from './briefing-plan';
import { layoutContents } from './contents-section';
import { layoutCover } from './cover-page';
import type { Destination, PageModel } from './display-list';
import { layoutSections } from './excerpt-sections';
import { FontBook } from './font-book';
import { findMissingGlyphs, MissingGlyphsError, type MissingGlyph } from './glyph-coverage';
import type { ContentsEntry, LayoutContext, LayoutProgress } from './layout-context';
import { PAGE_HEIGHT, PAGE_WIDTH } from './page-geometry';
import { PageFlow } from './page-flow';
import { destinationArray, highlightAnnotation, linkAnnotation } from './pdf-annotations';
import { pageContent } from './pdf-content';
import { StructureWriter } from './pdf-structure';
import { xmpMetadata } from './pdf-metadata';
import { embedFaces } from './pdf-fonts';
import { defaultDeflater, FlateStreams, type Deflater } from './pdf-streams';
import { buildOutline } from './pdf-outline';
import { writePdfFile } from './pdf-writer';
import { addRunningHeads } from './running-heads';
import { layoutSources } from './sources-section';
import { attachedElement, documentElement, type StructElement } from './structure';
import { layoutSummary } from './summary-section';

/** Where the build is: fonts loaded, excerpts laid out, pages written, file saved. */
export interface BriefingProgress {
  readonly phase: 'fonts' | 'layout' | 'write' | 'save';
  readonly done: number;
  readonly total: number;
}

/** The part of an AbortSignal the builder reads (a real AbortSignal fits). */
export interface CancelSignal {
  readonly aborted: boolean;
  readonly reason?: unknown;
}

export interface BuildBriefingOptions {
  readonly onProgress?: (progress: BriefingProgress) => void;
  /** Checked between excerpts and pages; the build then rejects with BriefingCancelledError. */
  readonly signal?: CancelSignal;
  /**
   * Draw characters that no bundled font has as a visible replacement mark (the font's empty
   * box; copied text keeps the character) instead of rejecting with MissingGlyphsError.
   */
  readonly allowMissingGlyphs?: boolean;
  /** Told which characters were drawn as replacement marks (with `allowMissingGlyphs`). */
  readonly onMissingGlyphs?: (missing: readonly MissingGlyph[]) => void;
  /**
   * Deflates the PDF's streams: the platform's zlib where the caller has one (the CLI passes
   * Node's), else the standard CompressionStream or fflate (see pdf-streams.ts).
   */
  readonly deflate?: Deflater;
}

/** The build was cancelled through its signal. */
export class BriefingCancelledError extends Error {
  override readonly name = 'AbortError';
  constructor() {
    super('The briefing was cancelled.');
  }
}

/** Steps between yields to the event loop, so a cancel click or a progress repaint gets through. */
const STEPS_PER_YIELD = 40;
/** The PDF's Producer entry: it names the engine, never the machine or the person. */
export const PRODUCER = 'Rightsmark briefing engine (pdf-lib 1.17)';

/**
 * Builds the briefing and returns the PDF's bytes. Throws BriefingInputError for input that
 * cannot make a briefing (no excerpts, no rights…), MissingGlyphsError for characters no font
 * can draw (unless `allowMissingGlyphs`) and BriefingCancelledError when cancelled.
 */
export async function buildBriefing(
  input: BriefingInput,
  fonts: BriefingFonts,
  options: BuildBriefingOptions = {},
): Promise<Uint8Array> {
  checkBriefingInput(input);
  const plan = planBriefing(input);
  const progress = progressReporter(options);
  options.onProgress?.({ phase: 'fonts', done: 0, total: 1 });
  const book = await FontBook.load(fonts, briefingText(input, plan));
  options.onProgress?.({ phase: 'fonts', done: 1, total: 1 });
  throwIfCancelled(options.signal);
  const missing = findMissingGlyphs(input, plan, book);
  if (missing.length > 0) {
    if (!options.allowMissingGlyphs) throw new MissingGlyphsError(missing);
    options.onMissingGlyphs?.(missing);
  }

  const { root, pages, contents, destinations } = await layoutBriefing(input, plan, book, progress);
  return writePdf(input, plan, book, root, pages, contents, destinations, progress, options);
}

/** The laid-out briefing: its pages, contents (and bookmarks) and named destinations. */
export interface BriefingLayout {
  /** The structure tree's root (the Document element). */
  readonly root: StructElement;
  readonly pages: readonly PageModel[];
  readonly contents: readonly ContentsEntry[];
  readonly destinations: ReadonlyMap<string, Destination>;
}

/**
 * Lays out every page of a planned briefing (cover, front matter, contents, body, running
 * heads) without writing the PDF: tests read the pages to check the composition rules.
 */
export async function layoutBriefing(
  input: BriefingInput,
  plan: BriefingPlan,
  book: FontBook,
  progress: LayoutProgress = { step: () => Promise.resolve() },
): Promise<BriefingLayout> {
  const contents: ContentsEntry[] = [];
  const base = { input, plan, book, contents, progress };
  // The parts in reading order, made before layout: the contents are laid out last, read third.
  const root = documentElement(documentLanguage(input));
  const part = (title: string): StructElement => attachedElement(root, 'Sect', { title });
  const parts = {
    cover: part('Cover'),
    argument: part('Executive summary'),
    summary: part('Summary'),
    contents: part('Contents'),
    body: attachedElement(root, 'Div'),
    sources: part('Sources'),
    appendix: part('Appendix'),
  };

  // Front matter: cover, then the summary; the contents follow once the body is laid out.
  const front: PageModel[] = [layoutCover({ ...base, tags: parts.cover })];
  const frontFlow = new PageFlow(front);
  layoutArgument({ ...base, flow: frontFlow, tags: parts.argument });
  if (input.options.includeSummary)
    layoutSummary({ ...base, flow: frontFlow, tags: parts.summary });

  const body: PageModel[] = [];
  const bodyFlow = new PageFlow(body);
  const ctx: LayoutContext = { ...base, flow: bodyFlow, tags: parts.body };
  await layoutSections(ctx);
  layoutSources({ ...ctx, tags: parts.sources });
  if (input.options.includeAppendix) await layoutAppendix({ ...ctx, tags: parts.appendix });

  // The contents' length does not depend on the numbers it prints (they have a fixed column),
  // so a trial run gives the page count that every body page number is offset by.
  const trial = new PageFlow([]);
  layoutContents({ ...base, flow: trial, tags: documentElement('') }, contents, () => 999);
  const contentsStart = frontFlow.atPageTop ? frontFlow.pageIndex : frontFlow.pageIndex + 1;
  const bodyOffset = contentsStart + trial.pages.length;
  const destinations = new Map<string, Destination>(frontFlow.destinations);
  for (const [name, destination] of bodyFlow.destinations) {
    destinations.set(name, { page: destination.page + bodyOffset, top: destination.top });
  }
  layoutContents(
    { ...base, flow: frontFlow, tags: parts.contents },
    contents,
    (name) => (destinations.get(name)?.page ?? 0) + 1,
  );
  for (const [name, destination] of frontFlow.destinations) destinations.set(name, destination);
  if (front.length !== bodyOffset)
    throw new Error('The contents did not take the pages planned for them.');

  const pages = [...front, ...body];
  addRunningHeads(base, pages);
  return { root, pages, contents, destinations };
}

/** The briefing's own language: the analyst's, else English (its headings and labels are). */
function documentLanguage(input: BriefingInput): string {
  return input.language.trim() || 'en';
}

async function writePdf(
  input: BriefingInput,
  plan: BriefingPlan,
  book: FontBook,
  root: StructElement,
  pages: readonly PageModel[],
  contents: readonly ContentsEntry[],
  destinations: ReadonlyMap<string, Destination>,
  progress: LayoutProgress,
  options: BuildBriefingOptions,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const context = doc.context;
  const pdfPages: PDFPage[] = [];
  const structure = new StructureWriter(pages.length);
  // Streams are deflated off the main thread where the platform can (see pdf-streams.ts).
  const deflate = options.deflate ?? defaultDeflater;
  const streams = new FlateStreams(context, deflate);
  for (const [index, model] of pages.entries()) {
    const page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    page.node.addContentStream(streams.add(pageContent(book, model, index, structure)));
    // Its MCIDs' elements are the ParentTree's entry `index`; annotations follow the structure.
    page.node.set(PDFName.of('StructParents'), context.obj(index));
    page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    pdfPages.push(page);
    await progress.step('write', index + 1, pages.length);
  }

  const faces = embedFaces(context, book, streams, deflate);
  const refOf = (pageIndex: number): PDFRef | null => pdfPages[pageIndex]?.ref ?? null;
  const destinationOf = (name: string) => {
    const destination = destinations.get(name);
    const ref = destination ? refOf(destination.page) : null;
    return destination && ref ? destinationArray(context, ref, destination.top) : null;
  };
  pages.forEach((model, index) => {
    const page = pdfPages[index];
    if (!page) return;
    for (const face of faces.values()) page.node.setFontDictionary(PDFName.of(face.name), face.ref);
    for (const link of model.links) {
      const destination = destinations.get(link.destination);
      const target = destination ? refOf(destination.page) : null;
      if (!destination || !target) continue;
      const ref = context.nextRef();
      const key = structure.annotation(link.tag, index, ref);
      context.assign(ref, linkAnnotation(context, link, target, destination.top, key));
      page.node.addAnnot(ref);
    }
    model.highlights.forEach((highlight, at) => {
      const ref = context.nextRef();
      const key = structure.annotation(highlight.tag, index, ref);
      context.assign(ref, highlightAnnotation(context, highlight, page.ref, at, key));
      page.node.addAnnot(ref);
    });
  });
  doc.catalog.set(
    PDFName.of('StructTreeRoot'),
    structure.write(
      context,
      root,
      pdfPages.map((page) => page.ref),
    ),
  );
  doc.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));

  doc.catalog.set(PDFName.of('Outlines'), buildOutline(context, contents, destinationOf));
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  setMetadata(doc, input, plan);
  const xmp = context.stream(xmpMetadata(infoOf(input, plan)), {
    Type: 'Metadata',
    Subtype: 'XML',
  });
  doc.catalog.set(PDFName.of('Metadata'), context.register(xmp));
  if (input.attachment) {
    await doc.attach(input.attachment.bytes, input.attachment.fileName, {
      mimeType: input.attachment.mimeType,
      description: input.attachment.description ?? 'The collection this briefing was made from',
      creationDate: input.now,
      modificationDate: input.now,
    });
  }
  throwIfCancelled(options.signal);
  options.onProgress?.({ phase: 'save', done: 0, total: 1 });
  // The attachment is embedded by flush(); the file is then written by our own writer.
  await doc.flush();
  await streams.finish();
  const bytes = await writePdfFile(context, deflate);
  options.onProgress?.({ phase: 'save', done: 1, total: 1 });
  return bytes;
}

/** The document information, written both to the Info dictionary and the XMP metadata. */
function infoOf(input: BriefingInput, plan: BriefingPlan) {
  return {
    title: input.title.trim() || 'Briefing',
    author: input.author.trim(),
    subject:
      input.subtitle.trim() ||
      `Briefing on ${plan.rights.map((right) => right.name).join(', ')}: ${plan.excerpts.length} excerpts`,
    // pdf-lib joins keywords with spaces; rights' names have spaces of their own, so join with '; '.
    keywords: plan.rights.map((right) => right.name).join('; '),
    creator: 'Rightsmark',
    producer: PRODUCER,
    date: input.now,
    language: documentLanguage(input),
  };
}

function setMetadata(doc: PDFDocument, input: BriefingInput, plan: BriefingPlan): void {
  const info = infoOf(input, plan);
  // Shown in the window's title bar instead of the file name (ViewerPreferences DisplayDocTitle).
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  if (info.author) doc.setAuthor(info.author);
  doc.setSubject(info.subject);
  doc.setKeywords([info.keywords]);
  doc.setCreator(info.creator);
  doc.setProducer(info.producer);
  doc.setCreationDate(info.date);
  doc.setModificationDate(info.date);
  doc.setLanguage(info.language);
}

function progressReporter(options: BuildBriefingOptions): LayoutProgress {
  let steps = 0;
  return {
    async step(phase, done, total) {
      throwIfCancelled(options.signal);
      options.onProgress?.({ phase, done, total });
      steps += 1;
      if (steps % STEPS_PER_YIELD === 0) {
        await yieldToEventLoop();
        throwIfCancelled(options.signal);
      }
    },
  };
}

function throwIfCancelled(signal: CancelSignal | undefined): void {
  if (signal?.aborted) throw new BriefingCancelledError();
}

/** Lets other tasks run (a macrotask where timers exist, else a microtask). */
function yieldToEventLoop(): Promise<void> {
  const timers = globalThis as unknown as {
    setTimeout?: (callback: () => void, ms: number) => unknown;
  };
  return new Promise((resolve) => {
    if (timers.setTimeout) timers.setTimeout(resolve, 0);
    else void Promise.resolve().then(resolve);
  });
}
