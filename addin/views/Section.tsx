/** A titled block of the pane; `count` shows how many entries it holds. */
import type { ComponentChildren } from 'preact';

export function Section(props: { title: string; count?: number; children: ComponentChildren; testId?: string; tone?: 'warn' }) {
  return (
    <section class={`section${props.tone ? ` section--${props.tone}` : ''}`} data-testid={props.testId}>
      <h2 class="section__title">
        {props.title}
        {props.count !== undefined && props.count > 0 ? <span class="section__count">{props.count}</span> : null}
      </h2>
      {props.children}
    </section>
  );
}

/** A line saying a list is empty. */
export function Empty(props: { children: ComponentChildren }) {
  return <p class="empty">{props.children}</p>;
}
