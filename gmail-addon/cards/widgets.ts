/**
 * Small typed builders for the widgets the views use. Text arguments are escaped unless they
 * are `Html`; the output is plain Card v2 JSON (`Widget`, `Button`, `OnClick`).
 */
import type { Button, CardAction, OnClick, Section, Widget } from './card-schema.ts';
import { toHtml, type Html } from './html.ts';

type Text = string | Html;

/** Runs the add-on's action endpoint with these parameters (values stringified; null and undefined dropped). */
export function runAction(url: string, parameters: Record<string, string | number | null | undefined>, options: { requiredWidgets?: string[] } = {}): OnClick {
  const action: CardAction = {
    function: url,
    parameters: Object.entries(parameters)
      .filter((entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined)
      .map(([key, value]) => ({ key, value: String(value) })),
    loadIndicator: 'SPINNER',
    ...(options.requiredWidgets?.length ? { requiredWidgets: options.requiredWidgets } : {}),
  };
  return { action };
}

/** Opens a page in a new tab. */
export const openLink = (url: string): OnClick => ({ openLink: { url } });

export function button(text: string, onClick: OnClick, options: { filled?: boolean; icon?: string } = {}): Button {
  return {
    text,
    onClick,
    ...(options.filled ? { type: 'FILLED' as const } : {}),
    ...(options.icon ? { icon: { materialIcon: { name: options.icon } } } : {}),
  };
}

export const buttons = (...list: Array<Button | null | undefined | false>): Widget => ({ buttonList: { buttons: list.filter((b): b is Button => !!b) } });

export const paragraph = (text: Text): Widget => ({ textParagraph: { text: toHtml(text).value } });

export function line(text: Text, options: { top?: Text; bottom?: Text; icon?: string; button?: Button; onClick?: OnClick } = {}): Widget {
  return {
    decoratedText: {
      ...(options.top !== undefined ? { topLabel: toHtml(options.top).value } : {}),
      text: toHtml(text).value,
      ...(options.bottom !== undefined ? { bottomLabel: toHtml(options.bottom).value } : {}),
      wrapText: true,
      ...(options.icon ? { startIcon: { materialIcon: { name: options.icon } } } : {}),
      ...(options.button ? { button: options.button } : {}),
      ...(options.onClick ? { onClick: options.onClick } : {}),
    },
  };
}

export const divider = (): Widget => ({ divider: {} });

export const image = (url: string, altText: string): Widget => ({ image: { imageUrl: url, altText } });

export const textField = (name: string, label: string, options: { value?: string; multiline?: boolean; hint?: string } = {}): Widget => ({
  textInput: {
    name,
    label,
    ...(options.multiline ? { type: 'MULTIPLE_LINE' as const } : {}),
    ...(options.value ? { value: options.value } : {}),
    ...(options.hint ? { hintText: options.hint } : {}),
  },
});

/** A date picker preset to `isoDate` (shown as that day: Gmail reads date-only values as UTC midnight). */
export const dateField = (name: string, label: string, isoDate?: string): Widget => ({
  dateTimePicker: { name, label, type: 'DATE_ONLY', ...(isoDate ? { valueMsEpoch: String(Date.parse(`${isoDate}T00:00:00Z`)) } : {}) },
});

export const dropdown = (name: string, label: string, items: Array<{ text: string; value: string }>, selected?: string): Widget => ({
  selectionInput: { name, label, type: 'DROPDOWN', items: items.map((i) => ({ ...i, ...(i.value === selected ? { selected: true } : {}) })) },
});

/** A section, or null when it would have no widgets (a card section must hold one at least). */
export function section(header: Text | null, widgets: Array<Widget | null | undefined | false>, options: { collapsible?: number } = {}): Section | null {
  const list = widgets.filter((w): w is Widget => !!w);
  if (list.length === 0) return null;
  const collapse = options.collapsible !== undefined && list.length > options.collapsible;
  return {
    ...(header !== null ? { header: toHtml(header).value } : {}),
    ...(collapse ? { collapsible: true, uncollapsibleWidgetsCount: options.collapsible } : {}),
    widgets: list,
  };
}

/** The sections that have widgets. */
export const sections = (...list: Array<Section | null>): Section[] => list.filter((s): s is Section => s !== null);
