/**
 * Other names of the built-in rights that colleagues' tags use: each right's name in the six
 * official UN languages (Arabic, Chinese, English, French, Russian, Spanish), as the UDHR and
 * ICCPR's official texts and the UN's human-rights pages word it, and the usual English
 * abbreviations and short forms. Tags are matched against these by `matchRight`.
 */

/** Names of one right, by kind, so a match can say how it was made. */
export interface KnownRightNames {
  /** Names in the UN languages, keyed by BCP 47 language tag. */
  readonly translations: Readonly<
    Record<'ar' | 'en' | 'es' | 'fr' | 'ru' | 'zh', readonly string[]>
  >;
  /** Abbreviations and short forms analysts write as tags. */
  readonly aliases: readonly string[];
}

/** By built-in right id (see BUILT_IN_RIGHTS). */
export const KNOWN_RIGHT_NAMES: Readonly<Record<string, KnownRightNames>> = {
  'right:expression': {
    translations: {
      en: ['Freedom of expression', 'Freedom of opinion and expression', 'Freedom of speech'],
      fr: ["Liberté d'expression", "Liberté d'opinion et d'expression"],
      es: ['Libertad de expresión', 'Libertad de opinión y de expresión'],
      ru: ['Свобода выражения мнений', 'Свобода мнений и их свободное выражение', 'Свобода слова'],
      zh: ['表达自由', '言论自由', '见解和言论自由'],
      ar: ['حرية التعبير', 'حرية الرأي والتعبير'],
    },
    aliases: [
      'FoE',
      'FoEx',
      'FoX',
      'expression',
      'free expression',
      'free speech',
      'speech',
      'FoO&E',
    ],
  },
  'right:privacy': {
    translations: {
      en: ['Privacy', 'Right to privacy'],
      fr: ['Vie privée', 'Droit à la vie privée'],
      es: ['Privacidad', 'Derecho a la privacidad', 'Vida privada'],
      ru: ['Неприкосновенность частной жизни', 'Право на неприкосновенность частной жизни'],
      zh: ['隐私权', '隐私'],
      ar: ['الخصوصية', 'الحق في الخصوصية'],
    },
    aliases: ['RtP', 'private life', 'privacy rights'],
  },
  'right:assembly-association': {
    translations: {
      en: ['Freedom of peaceful assembly and of association', 'Assembly and association'],
      fr: ["Liberté de réunion et d'association", "Liberté de réunion pacifique et d'association"],
      es: ['Libertad de reunión y de asociación', 'Libertad de reunión pacífica y de asociación'],
      ru: ['Свобода мирных собраний и ассоциации', 'Свобода собраний и объединений'],
      zh: ['集会和结社自由', '和平集会和结社自由'],
      ar: ['حرية التجمع السلمي وتكوين الجمعيات', 'حرية التجمع وتكوين الجمعيات'],
    },
    aliases: [
      'assembly',
      'association',
      'peaceful assembly',
      'FoAA',
      'FoPAA',
      'FoA',
      'FoPA',
      'freedom of assembly',
      'freedom of association',
    ],
  },
};
