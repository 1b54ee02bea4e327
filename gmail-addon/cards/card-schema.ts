/**
 * Card v2 as the add-on writes it, tightened: googleapis' `chat_v1.Schema$GoogleAppsCardV1*`
 * types leave every field optional and every enum a string, so these schemas say which fields
 * are required, which values an enum takes, that HTML fields hold only escaped text and the
 * allowed tags, and the platform's limits (100 sections, 100 widgets in a section and in the
 * whole card, 2 columns, ids of 64 characters). The inferred types are checked against
 * googleapis' at compile time (the assertions at the end), the schemas at run time.
 * @see https://developers.google.com/workspace/add-ons/concepts/cards
 */
import type { chat_v1 } from 'googleapis';
import { z } from 'zod';
import { isCardHtml } from './html.ts';

export const MAX_SECTIONS = 100;
export const MAX_WIDGETS_PER_SECTION = 100;
/** googleapis' Card documentation: a section that pushes the card past 100 widgets is dropped with all after it. */
export const MAX_WIDGETS_PER_CARD = 100;
export const MAX_COLUMNS = 2;
export const MAX_ID_LENGTH = 64;

const CardHtml = z.string().max(10_000).refine(isCardHtml, { message: 'unescaped markup in card HTML' });
const Plain = z.string().max(2_000);
const HttpsUrl = z.url({ protocol: /^https?$/ }).max(2_048);
/** A form widget's name: what its value is keyed by in the event's `formInputs`. */
const InputName = z.string().regex(/^[A-Za-z0-9_-]+$/).max(MAX_ID_LENGTH);
const WidgetId = z.string().regex(/^[a-zA-Z0-9-]+$/).max(MAX_ID_LENGTH);

export const ActionParameter = z.object({ key: z.string().min(1).max(64), value: z.string().max(4_000) }).strict();

export const CardAction = z
  .object({
    /** The full HTTPS URL Google posts the event to. */
    function: HttpsUrl,
    parameters: z.array(ActionParameter).max(20).optional(),
    loadIndicator: z.enum(['SPINNER', 'NONE']).optional(),
    persistValues: z.boolean().optional(),
    requiredWidgets: z.array(InputName).max(20).optional(),
  })
  .strict();
export type CardAction = z.infer<typeof CardAction>;

export const OpenLink = z
  .object({ url: HttpsUrl, openAs: z.enum(['FULL_SIZE', 'OVERLAY']).optional(), onClose: z.enum(['NOTHING', 'RELOAD']).optional() })
  .strict();

export const OnClick = z.union([z.object({ action: CardAction }).strict(), z.object({ openLink: OpenLink }).strict()]);
export type OnClick = z.infer<typeof OnClick>;

export const Icon = z
  .object({ materialIcon: z.object({ name: z.string().regex(/^[a-z0-9_]+$/), fill: z.boolean().optional() }).strict(), altText: Plain.optional() })
  .strict();

export const Button = z
  .object({
    text: Plain.min(1).max(80),
    onClick: OnClick,
    type: z.enum(['OUTLINED', 'FILLED', 'FILLED_TONAL', 'BORDERLESS']).optional(),
    disabled: z.boolean().optional(),
    icon: Icon.optional(),
    altText: Plain.optional(),
  })
  .strict();
export type Button = z.infer<typeof Button>;

export const ButtonList = z.object({ buttons: z.array(Button).min(1).max(6) }).strict();
export const TextParagraph = z.object({ text: CardHtml, maxLines: z.number().int().positive().optional() }).strict();
export const DecoratedText = z
  .object({
    topLabel: CardHtml.optional(),
    text: CardHtml,
    bottomLabel: CardHtml.optional(),
    wrapText: z.boolean().optional(),
    startIcon: Icon.optional(),
    button: Button.optional(),
    onClick: OnClick.optional(),
  })
  .strict();
export const Image = z.object({ imageUrl: HttpsUrl, altText: Plain.min(1) }).strict();
export const TextInput = z
  .object({
    name: InputName,
    label: Plain.min(1),
    type: z.enum(['SINGLE_LINE', 'MULTIPLE_LINE']).optional(),
    value: Plain.optional(),
    hintText: Plain.optional(),
  })
  .strict();
export const SelectionInput = z
  .object({
    name: InputName,
    label: Plain.min(1),
    type: z.enum(['CHECK_BOX', 'RADIO_BUTTON', 'SWITCH', 'DROPDOWN']),
    items: z.array(z.object({ text: Plain.min(1), value: z.string().max(200), selected: z.boolean().optional() }).strict()).min(1).max(100),
  })
  .strict()
  .refine((s) => s.type === 'CHECK_BOX' || s.items.filter((i) => i.selected).length <= 1, { message: 'a single-choice input selects one item at most' });
export const DateTimePicker = z
  .object({
    name: InputName,
    label: Plain.min(1),
    type: z.enum(['DATE_AND_TIME', 'DATE_ONLY', 'TIME_ONLY']),
    /** Milliseconds since the epoch as a decimal string (proto int64 in JSON). */
    valueMsEpoch: z.string().regex(/^\d{1,16}$/).optional(),
  })
  .strict();
export const Divider = z.object({}).strict();

/** The widgets a column may hold. */
const ColumnWidget = z.union([
  z.object({ textParagraph: TextParagraph }).strict(),
  z.object({ decoratedText: DecoratedText }).strict(),
  z.object({ buttonList: ButtonList }).strict(),
  z.object({ image: Image }).strict(),
]);
export const Columns = z
  .object({
    columnItems: z
      .array(
        z
          .object({
            horizontalSizeStyle: z.enum(['FILL_AVAILABLE_SPACE', 'FILL_MINIMUM_SPACE']).optional(),
            horizontalAlignment: z.enum(['START', 'CENTER', 'END']).optional(),
            verticalAlignment: z.enum(['CENTER', 'TOP', 'BOTTOM']).optional(),
            widgets: z.array(ColumnWidget).min(1).max(MAX_WIDGETS_PER_SECTION),
          })
          .strict(),
      )
      .min(1)
      .max(MAX_COLUMNS),
  })
  .strict();

const one = <K extends string, T extends z.ZodType>(key: K, schema: T) =>
  z.object({ id: WidgetId.optional(), [key]: schema } as { id: z.ZodOptional<typeof WidgetId> } & Record<K, T>).strict();

/** One widget: exactly one of the kinds, with an optional id. */
export const Widget = z.union([
  one('textParagraph', TextParagraph),
  one('decoratedText', DecoratedText),
  one('buttonList', ButtonList),
  one('image', Image),
  one('textInput', TextInput),
  one('selectionInput', SelectionInput),
  one('dateTimePicker', DateTimePicker),
  one('divider', Divider),
  one('columns', Columns),
]);
export type Widget = z.infer<typeof Widget>;

export const Section = z
  .object({
    header: CardHtml.optional(),
    collapsible: z.boolean().optional(),
    uncollapsibleWidgetsCount: z.number().int().min(0).optional(),
    widgets: z.array(Widget).min(1).max(MAX_WIDGETS_PER_SECTION),
  })
  .strict();
export type Section = z.infer<typeof Section>;

export const CardHeader = z
  .object({
    title: Plain.min(1).max(200),
    subtitle: Plain.max(200).optional(),
    imageUrl: HttpsUrl.optional(),
    imageType: z.enum(['SQUARE', 'CIRCLE']).optional(),
    imageAltText: Plain.optional(),
  })
  .strict();

export const Card = z
  .object({
    /** Used by `popToCard`. */
    name: z.string().regex(/^[a-z0-9_-]+$/).max(MAX_ID_LENGTH).optional(),
    header: CardHeader.optional(),
    sections: z.array(Section).min(1).max(MAX_SECTIONS),
    fixedFooter: z.object({ primaryButton: Button, secondaryButton: Button.optional() }).strict().optional(),
  })
  .strict()
  .superRefine((card, ctx) => {
    const total = card.sections.reduce((n, s) => n + s.widgets.length, 0);
    if (total > MAX_WIDGETS_PER_CARD) ctx.addIssue({ code: 'custom', path: ['sections'], message: `a card holds ${MAX_WIDGETS_PER_CARD} widgets at most, this one ${total}` });
  });
export type Card = z.infer<typeof Card>;

// Compile-time: what our schemas accept is a valid googleapis card (field names and nesting).
type Assignable<T extends U, U> = T;
export type CardIsGoogleCard = Assignable<Card, chat_v1.Schema$GoogleAppsCardV1Card>;
export type SectionIsGoogleSection = Assignable<Section, chat_v1.Schema$GoogleAppsCardV1Section>;
export type WidgetIsGoogleWidget = Assignable<Widget, chat_v1.Schema$GoogleAppsCardV1Widget>;
export type ButtonIsGoogleButton = Assignable<Button, chat_v1.Schema$GoogleAppsCardV1Button>;
