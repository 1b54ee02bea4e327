/**
 * An unknown sender: what the inquiry asks, who it resembles among the customers and why, what
 * it may be worth, what to ask next, and "create customer" / "add to an existing customer".
 */
import type { InquiryContext } from '../../core/inquiry-context.ts';
import { AttachSender } from './AttachSender.tsx';
import { CreateCustomer } from './CreateCustomer.tsx';
import { usePane } from './pane-context.tsx';
import { Empty, Section } from './Section.tsx';
import { Warnings } from './Warnings.tsx';

const percent = (share: number) => Math.round(share * 100);

function Signals(props: { context: InquiryContext }) {
  const { tr } = usePane();
  const s = props.context.inquiry;
  const rows: Array<[string, string]> = [];
  if (s) {
    if (s.products.length) rows.push([tr.t('inquiry.products'), s.products.map((p) => p.term).join(', ')]);
    if (s.quantities.length) rows.push([tr.t('inquiry.quantities'), s.quantities.map((q) => q.text).join(', ')]);
    if (s.incoterm) rows.push([tr.t('inquiry.incoterm'), s.incoterm]);
    if (s.targetPrice) rows.push([tr.t('inquiry.target_price'), tr.money(s.targetPrice.amount, s.targetPrice.currency)]);
    if (s.buyerTypeHints.length) rows.push([tr.t('inquiry.buyer_type'), s.buyerTypeHints.map((b) => tr.label('buyer_type', b)).join(', ')]);
    if (s.certificates.length) rows.push([tr.t('inquiry.certificates'), s.certificates.join(', ')]);
    if (s.countryGuesses.length) rows.push([tr.t('inquiry.country'), s.countryGuesses.slice(0, 2).map((g) => tr.country(g.country)).join(', ')]);
    if (s.language) rows.push([tr.t('inquiry.language'), tr.language(s.language)]);
  }
  const flags = [s?.sampleRequested ? tr.t('inquiry.sample') : null, s?.urgent ? tr.t('inquiry.urgent') : null].filter(Boolean);
  return (
    <Section title={tr.t('section.inquiry')} testId="inquiry-signals">
      {rows.length === 0 && flags.length === 0 ? (
        <Empty>{tr.t('inquiry.nothing_read')}</Empty>
      ) : (
        <dl class="facts">
          {rows.map(([k, v]) => (
            <div class="facts__row" key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      )}
      {flags.length ? (
        <p class="tags">
          {flags.map((f) => (
            <span class="tag tag--accent" key={f}>
              {f}
            </span>
          ))}
        </p>
      ) : null}
    </Section>
  );
}

function Buyer(props: { context: InquiryContext }) {
  const { tr } = usePane();
  const b = props.context.inquiry?.buyer;
  if (!b) return null;
  const rows = [b.company, b.name, b.country ? tr.country(b.country) : null, b.email, b.phone, b.website].filter(Boolean);
  if (!rows.length) return null;
  return (
    <Section title={tr.t('section.buyer')} testId="inquiry-buyer">
      <p class="stack">
        {rows.map((r) => (
          <span key={r!}>{r}</span>
        ))}
      </p>
    </Section>
  );
}

export function InquiryView(props: { context: InquiryContext }) {
  const { tr } = usePane();
  const c = props.context;
  return (
    <div class="view view--inquiry" data-testid="view-inquiry">
      <Warnings warnings={c.warnings} />
      <header class="card">
        <p class="tags">
          <span class="tag tag--accent">{tr.t('inquiry.new_sender')}</span>
          {c.sender.freeMail ? <span class="tag">{tr.t('inquiry.free_mail')}</span> : null}
        </p>
        <h1 class="customer__name">{c.sender.name || c.sender.address}</h1>
        <p class="muted">{c.sender.address}</p>
        {c.sender.marketplace ? <p class="hint">{tr.t('inquiry.via_marketplace', { marketplace: c.sender.marketplace })}</p> : null}
        {c.predictedTier || c.fit !== null ? (
          <div class="outlook" data-testid="inquiry-value">
            {c.predictedTier ? (
              <p>
                <span class={`tier tier--small tier--${c.predictedTier.likely}`}>{c.predictedTier.likely}</span>{' '}
                {tr.t('inquiry.predicted_tier', { likely: c.predictedTier.likely, low: c.predictedTier.low, high: c.predictedTier.high })}
              </p>
            ) : null}
            {c.fit !== null ? (
              <div class="fit">
                <span>{tr.t('inquiry.fit', { percent: percent(c.fit) })}</span>
                <span class="meter" aria-hidden="true">
                  <span style={{ width: `${percent(c.fit)}%` }} />
                </span>
              </div>
            ) : null}
          </div>
        ) : null}
      </header>
      <Signals context={c} />
      <Buyer context={c} />
      <Section title={tr.t('section.questions')} count={c.questions.length} testId="inquiry-questions">
        {c.questions.length === 0 ? (
          <Empty>{tr.t('inquiry.no_questions')}</Empty>
        ) : (
          <ol class="questions">
            {c.questions.map((q) => (
              <li key={q.dimension}>{q.question}</li>
            ))}
          </ol>
        )}
      </Section>
      <Section title={tr.t('section.similar')} count={c.similar.length} testId="inquiry-similar">
        {c.similar.length === 0 ? (
          <Empty>{tr.t('inquiry.no_similar')}</Empty>
        ) : (
          <ul class="rows">
            {c.similar.map((s) => (
              <li class="row row--stack" key={s.customerId} data-testid="similar">
                <div class="row__line">
                  <span class="row__title">
                    {s.tier ? <span class={`tier tier--small tier--${s.tier}`}>{s.tier}</span> : null} {s.name ?? s.code}
                  </span>
                  <span class="muted">{tr.t('inquiry.similarity', { percent: percent(s.similarity) })}</span>
                </div>
                {s.because.length ? (
                  <p class="tags">
                    {s.because.map((b) => (
                      <span class="tag" key={b}>
                        {b}
                      </span>
                    ))}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <CreateCustomer context={c} />
      <AttachSender context={c} />
    </div>
  );
}
