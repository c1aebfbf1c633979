/**
 * The layout of a link-preview card, as the element tree Satori draws (the same
 * shape as React elements, written out so no JSX runtime is needed). Pure: the
 * drawing itself happens in `src/cards/render.ts`.
 */

/** One element of a card: a `div` with inline styles and text or elements inside. */
export interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardNode[] };
}

/** Colours of the site's light theme (see `src/styles/global.css`), so a card looks like the page it previews. */
const COLOURS = { background: '#fbfaf8', text: '#1d1d1f', muted: '#575a60', accent: '#a1472f', accentText: '#8a3a24' };

/** The font families a card uses; `src/cards/render.ts` loads a font under each name. */
export const CARD_FONTS = { serif: 'Source Serif 4', sans: 'Source Sans 3' } as const;

const div = (style: CardNode['props']['style'], children?: CardNode['props']['children']): CardNode => ({
  type: 'div',
  props: { style, ...(children !== undefined && { children }) },
});

/**
 * The title's font size in pixels, smaller for longer titles, so that even a long
 * headline fits in five lines and a short one fills the card.
 */
export function titleFontSize(title: string): number {
  const length = [...title].length;
  if (length <= 50) return 72;
  if (length <= 90) return 62;
  if (length <= 140) return 52;
  return 44;
}

/** What an article's card shows. */
export interface ArticleCardFacts {
  siteTitle: string;
  title: string;
  /** The publication, when the source states it. */
  publication?: string;
  /** The publication date as readers read it ("20 June 2012"), when the source states it. */
  date?: string;
}

/**
 * An article's card: the site's name, the headline, and underneath the publication
 * and date as far as the source states them (no line at all when it states neither).
 */
export function articleCard({ siteTitle, title, publication, date }: ArticleCardFacts, size: CardSize): CardNode {
  const source = [publication, date].filter((part): part is string => Boolean(part)).join('  ·  ');
  return frame(size, [
    kicker(siteTitle),
    div(
      {
        display: 'block',
        marginTop: 'auto',
        marginBottom: 'auto',
        fontFamily: CARD_FONTS.serif,
        fontSize: titleFontSize(title),
        fontWeight: 600,
        lineHeight: 1.12,
        color: COLOURS.text,
        lineClamp: 5,
      },
      title,
    ),
    ...(source
      ? [
          div(
            {
              display: 'flex',
              paddingTop: 20,
              borderTop: `2px solid ${COLOURS.text}`,
              fontSize: 32,
              color: COLOURS.muted,
            },
            source,
          ),
        ]
      : []),
  ]);
}

/** The card of every page that is not an article: the site's name and what it is. */
export function siteCard(
  { siteTitle, description }: { siteTitle: string; description: string },
  size: CardSize,
): CardNode {
  return frame(size, [
    kicker('An archive of sources'),
    div(
      {
        display: 'block',
        marginTop: 'auto',
        fontFamily: CARD_FONTS.serif,
        fontSize: 84,
        fontWeight: 600,
        lineHeight: 1.05,
        color: COLOURS.text,
      },
      siteTitle,
    ),
    div(
      {
        display: 'block',
        marginTop: 28,
        marginBottom: 'auto',
        fontSize: 34,
        lineHeight: 1.35,
        color: COLOURS.muted,
        lineClamp: 3,
      },
      description,
    ),
  ]);
}

/** The size of a card in pixels. */
export interface CardSize {
  width: number;
  height: number;
}

function frame({ width, height }: CardSize, children: CardNode[]): CardNode {
  return div(
    {
      display: 'flex',
      width,
      height,
      background: COLOURS.background,
      fontFamily: CARD_FONTS.sans,
    },
    [
      div({ width: 20, height, background: COLOURS.accent }),
      div(
        {
          display: 'flex',
          flexDirection: 'column',
          flexGrow: 1,
          padding: '64px 80px 60px 72px',
        },
        children,
      ),
    ],
  );
}

function kicker(text: string): CardNode {
  return div(
    {
      display: 'flex',
      fontSize: 28,
      fontWeight: 600,
      letterSpacing: 3,
      textTransform: 'uppercase',
      color: COLOURS.accentText,
    },
    text,
  );
}
