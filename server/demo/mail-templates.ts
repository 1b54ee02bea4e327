/**
 * Subjects and opening lines of the mails an export rep exchanges with a buyer: inquiries,
 * quotations, PIs, shipping advice, payment, complaints, samples, greetings. Mostly English;
 * first inquiries sometimes come in the buyer's own language.
 */
import type { Product } from './catalogue.ts';
import type { Greeting } from './countries.ts';
import { isoDate, type Day } from './dates.ts';
import type { Random } from './random.ts';

/** Subject, opening lines and attachment names of one mail. */
export interface MailText {
  subject: string;
  excerpt: string;
  attachments?: string[];
}

/** What a template may mention. */
export interface TextContext {
  rng: Random;
  company: string;
  city: string;
  /** The customer contact's given name and full name. */
  first: string;
  full: string;
  /** The rep's given name. */
  rep: string;
  /** Port of loading (`Ningbo`). */
  port: string;
  incoterm: string;
  /** Incoterm with its named place: `FOB Ningbo`, `CIF Felixstowe`. */
  terms: string;
  currency: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `12 May` style date. */
export function shortDate(day: Day): string {
  const iso = isoDate(day);
  return `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]}`;
}

/** `24,560` grouping, independent of the platform locale. */
export function grouped(whole: number | string): string {
  return String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `USD 24,560.00` (`JPY 1,120`), independent of the platform locale. */
export function money(currency: string, amount: number): string {
  const zero = currency === 'JPY' || currency === 'KRW';
  const [whole = '0', cents] = amount.toFixed(zero ? 0 : 2).split('.');
  return `${currency} ${grouped(whole)}${cents === undefined ? '' : `.${cents}`}`;
}

function short(product: Product): string {
  return product.name.split(',')[0] ?? product.name;
}

const FOREIGN_INQUIRY: Record<string, (p: string, c: TextContext) => MailText> = {
  es: (p, c) => ({ subject: `Solicitud de cotización – ${p}`, excerpt: `Estimados, somos ${c.company} de ${c.city} y buscamos un proveedor de ${p}. Por favor envíen lista de precios ${c.incoterm} y cantidad mínima. Saludos, ${c.full}` }),
  pt: (p, c) => ({ subject: `Solicitação de cotação – ${p}`, excerpt: `Prezados, somos a ${c.company} (${c.city}) e procuramos fornecedor de ${p}. Favor enviar lista de preços ${c.incoterm} e pedido mínimo. Atenciosamente, ${c.full}` }),
  fr: (p, c) => ({ subject: `Demande de prix – ${p}`, excerpt: `Bonjour, nous sommes ${c.company} à ${c.city} et cherchons un fournisseur de ${p}. Merci de nous envoyer votre liste de prix ${c.incoterm} et le MOQ. Cordialement, ${c.full}` }),
  de: (p, c) => ({ subject: `Anfrage – ${p}`, excerpt: `Sehr geehrte Damen und Herren, wir sind die ${c.company} aus ${c.city} und suchen einen Lieferanten für ${p}. Bitte senden Sie uns Ihre Preisliste (${c.incoterm}) und MOQ. Mit freundlichen Grüßen, ${c.full}` }),
  it: (p, c) => ({ subject: `Richiesta di offerta – ${p}`, excerpt: `Buongiorno, siamo ${c.company} di ${c.city} e cerchiamo un fornitore di ${p}. Vi preghiamo di inviarci listino prezzi ${c.incoterm} e quantità minima. Cordiali saluti, ${c.full}` }),
  ru: (p, c) => ({ subject: `Запрос цены – ${p}`, excerpt: `Здравствуйте! Компания ${c.company} (${c.city}) ищет поставщика: ${p}. Просим выслать прайс-лист ${c.incoterm} и минимальную партию. С уважением, ${c.full}` }),
  tr: (p, c) => ({ subject: `Fiyat talebi – ${p}`, excerpt: `Merhaba, ${c.company} olarak ${c.city} için ${p} tedarikçisi arıyoruz. ${c.incoterm} fiyat listesi ve MOQ gönderebilir misiniz? Saygılarımızla, ${c.full}` }),
  zh: (p, c) => ({ subject: `询价：${p}`, excerpt: `您好，我们客户（${c.company}）需要${p}，请报${c.terms}价格和起订量，谢谢！${c.full}` }),
};

/** Mail texts by occasion. */
export const MAIL = {
  firstInquiry(c: TextContext, product: Product, language: string, alibaba: boolean): MailText {
    const p = short(product);
    const foreign = FOREIGN_INQUIRY[language];
    if (foreign && c.rng.chance(0.6)) return foreign(p, c);
    const subject = alibaba
      ? `Alibaba.com inquiry: ${p}`
      : c.rng.pick([`Inquiry: ${p}`, `Request for quotation – ${p}`, `Looking for a supplier of ${p.toLowerCase()}`, `Price list and MOQ for ${p.toLowerCase()}`]);
    return {
      subject,
      excerpt: `Dear Sir/Madam, we are ${c.company}, based in ${c.city}. We are interested in your ${p.toLowerCase()} (${product.sku}). Please send your best ${c.incoterm} price, MOQ and lead time, and tell us if you can do our own logo. Best regards, ${c.full}`,
    };
  },
  repeatInquiry(c: TextContext, products: Product[], quantity: number, by: Day): MailText {
    const p = products[0];
    const what = p ? `${grouped(quantity)} ${p.unit} ${short(p).toLowerCase()}` : 'our next order';
    return {
      subject: c.rng.pick([`RFQ: ${p ? short(p) : 'new order'}`, `New order enquiry`, `Price request – ${p?.sku ?? 'next order'}`, `Next order for ${shortDate(by).split(' ')[1]}`]),
      excerpt: `Hi ${c.rep}, please quote your best price for ${what}${products.length > 1 ? ` and ${products.length - 1} more item${products.length > 2 ? 's' : ''}` : ''}, ${c.terms}. We need the goods here before ${shortDate(by)}. Thanks, ${c.first}`,
    };
  },
  quote(c: TextContext, number: string, product: Product, unitPrice: number, validUntil: Day): MailText {
    return {
      subject: `Quotation ${number} – ${short(product)}`,
      excerpt: `Dear ${c.first}, thank you for your inquiry. Please find our quotation attached: ${product.sku} ${short(product)} at ${money(c.currency, unitPrice)}/${product.unit === 'sets' ? 'set' : 'pc'} ${c.terms}, MOQ ${product.carton * 100} ${product.unit}, lead time 35–40 days. Valid until ${shortDate(validUntil)}. Best regards, ${c.rep}`,
      attachments: [`${number}.pdf`],
    };
  },
  quoteLost(c: TextContext, number: string): MailText {
    return {
      subject: `Re: Quotation ${number}`,
      excerpt: c.rng.pick([
        `Hi ${c.rep}, thanks for the offer. Unfortunately your price is about ${c.rng.int(5, 15)}% above another supplier's, so we will pass this time. ${c.first}`,
        `Dear ${c.rep}, our customer has postponed the project, so we cannot place the order now. We will come back to you. ${c.first}`,
        `Hi ${c.rep}, we decided to stay with our current supplier for this item. Thank you anyway. ${c.first}`,
      ]),
    };
  },
  purchaseOrder(c: TextContext, po: string, lines: number): MailText {
    return {
      subject: `PO ${po}`,
      excerpt: `Hi ${c.rep}, please find attached our purchase order ${po} (${lines} item${lines > 1 ? 's' : ''}). Kindly send the PI for our confirmation. Regards, ${c.first}`,
      attachments: [`PO_${po}.pdf`],
    };
  },
  proforma(c: TextContext, contract: string, amount: number, ship: Day): MailText {
    return {
      subject: `${contract} for your confirmation`,
      excerpt: `Dear ${c.first}, please find attached proforma invoice ${contract}, total ${money(c.currency, amount)} ${c.terms}. Production starts on receipt of your confirmation; estimated shipment ${shortDate(ship)}. Best regards, ${c.rep}`,
      attachments: [`${contract}.pdf`],
    };
  },
  production(c: TextContext, contract: string, inspection: Day): MailText {
    return {
      subject: `${contract} production update`,
      excerpt: `Dear ${c.first}, mass production for ${contract} is about ${c.rng.pick([40, 60, 70, 80])}% done. Pre-shipment inspection is planned for ${shortDate(inspection)}; please tell us if your QC will attend. ${c.rep}`,
    };
  },
  shippingAdvice(c: TextContext, contract: string, shipped: Day, eta: Day, containers: string, balance: number, due: Day): MailText {
    return {
      subject: `Shipping advice ${contract} – ETD ${shortDate(shipped)}`,
      excerpt: `Dear ${c.first}, the goods under ${contract} (${containers}) left ${c.port} on ${shortDate(shipped)}, ETA ${c.city} around ${shortDate(eta)}. B/L copy, commercial invoice and packing list attached. Balance ${money(c.currency, balance)} due ${shortDate(due)}. ${c.rep}`,
      attachments: [`BL_${contract}.pdf`, `CI_${contract}.pdf`, `PL_${contract}.pdf`],
    };
  },
  payment(c: TextContext, contract: string, amount: number): MailText {
    return {
      subject: c.rng.pick([`Payment ${contract}`, `TT copy – ${contract}`, `Remittance advice ${contract}`]),
      excerpt: `Hi ${c.rep}, please find attached the bank slip for ${money(c.currency, amount)} against ${contract}. Please confirm receipt. ${c.first}`,
      attachments: ['TT_copy.pdf'],
    };
  },
  paymentReminder(c: TextContext, contract: string, amount: number, due: Day, second: boolean): MailText {
    return {
      subject: `${second ? 'Second reminder' : 'Payment reminder'}: ${contract}`,
      excerpt: second
        ? `Dear ${c.first}, the balance of ${money(c.currency, amount)} for ${contract} is now well overdue (due ${shortDate(due)}). Please let us know when we can expect payment. ${c.rep}`
        : `Dear ${c.first}, kindly note the balance of ${money(c.currency, amount)} for ${contract} was due on ${shortDate(due)}. Please arrange payment and send us the bank slip. Thank you, ${c.rep}`,
    };
  },
  complaint(c: TextContext, contract: string, product: Product): MailText {
    const issue = c.rng.pick(['dented bodies', 'broken lid hinges', 'rust spots', 'loose handles', 'the wrong plug type', 'crushed cartons', 'thermostats that do not switch off', 'scratched surfaces', 'leaking seals']);
    return {
      subject: c.rng.pick([`Complaint ${contract}`, `Quality problem – ${short(product)}`, `Damaged goods in ${contract}`]),
      excerpt: `Hi ${c.rep}, we opened the container of ${contract} and found ${c.rng.int(12, 240)} pcs of ${short(product).toLowerCase()} with ${issue}. Photos attached. Please advise how you will compensate. ${c.first}`,
      attachments: ['photos.zip'],
    };
  },
  complaintReply(c: TextContext, contract: string): MailText {
    return {
      subject: `Re: Complaint ${contract}`,
      excerpt: `Dear ${c.first}, we are sorry for the trouble. ${c.rng.pick(['We will issue a credit note against your next order.', 'We will send replacement units free of charge with the next shipment.', 'Our QC has found the cause in the assembly line and we will replace the defective parts.'])} ${c.rep}`,
    };
  },
  sample(c: TextContext, product: Product, awb: string): MailText {
    return {
      subject: `Samples ${short(product)} – DHL ${awb}`,
      excerpt: `Dear ${c.first}, samples of our ${short(product).toLowerCase()} (${product.sku}) went out today by DHL, AWB ${awb}. Looking forward to your feedback. ${c.rep}`,
    };
  },
  sampleFeedback(c: TextContext, product: Product, good: boolean): MailText {
    return {
      subject: `Re: Samples ${short(product)}`,
      excerpt: good
        ? `Hi ${c.rep}, samples received and tested – quality is fine and our team likes the design. Please quote for a trial order. ${c.first}`
        : `Hi ${c.rep}, we tested the samples; the ${c.rng.pick(['finish', 'noise level', 'heating time', 'lid fit'])} is not at the level our customers expect. ${c.first}`,
    };
  },
  greeting(c: TextContext, greeting: Greeting, year: number): MailText {
    const texts: Record<Greeting, MailText> = {
      christmas: { subject: `Merry Christmas and a Happy New Year ${year + 1}`, excerpt: `Dear ${c.first}, thank you for your trust this year. Wishing you and your family a Merry Christmas and a successful ${year + 1}! ${c.rep}` },
      new_year: { subject: `Happy New Year ${year}`, excerpt: `Dear ${c.first}, happy new year! Thank you for the cooperation, and all the best for ${year}. ${c.rep}` },
      eid: { subject: 'Eid Mubarak', excerpt: `Dear ${c.first}, Eid Mubarak to you and your family! Wishing you peace and prosperity. ${c.rep}` },
      diwali: { subject: 'Happy Diwali', excerpt: `Dear ${c.first}, wishing you and your family a very happy and prosperous Diwali! ${c.rep}` },
      lunar_new_year: { subject: 'Happy Lunar New Year', excerpt: `Dear ${c.first}, happy Lunar New Year! Wishing you health and good business in the new year. ${c.rep}` },
    };
    return texts[greeting];
  },
  greetingReceived(c: TextContext, chinese: boolean): MailText {
    return chinese
      ? { subject: 'Happy Chinese New Year!', excerpt: `Dear ${c.rep}, happy Chinese New Year to you and the whole team! Looking forward to another good year together. ${c.first}` }
      : { subject: "Season's greetings", excerpt: `Dear ${c.rep}, Merry Christmas and best wishes for the new year from all of us at ${c.company}. ${c.first}` };
  },
  holidayNotice(c: TextContext, from: Day, to: Day): MailText {
    return {
      subject: 'Chinese New Year holiday notice',
      excerpt: `Dear ${c.first}, our factory will close for Chinese New Year from ${shortDate(from)} to ${shortDate(to)}. Orders confirmed after ${shortDate(from - 25)} will ship after the holiday. ${c.rep}`,
    };
  },
  priceNotice(c: TextContext, year: number): MailText {
    return {
      subject: `Price adjustment from 1 March ${year}`,
      excerpt: `Dear ${c.first}, due to higher SUS304 stainless steel and copper costs, our prices will rise by about 3.5% from 1 March ${year}. Orders confirmed before then keep current prices. ${c.rep}`,
      attachments: [`Price_list_${year}.xlsx`],
    };
  },
  satisfaction(c: TextContext, year: number): MailText {
    return {
      subject: `Your feedback on our cooperation in ${year}`,
      excerpt: `Dear ${c.first}, could you rate our quality, delivery and service this year from 1 to 5, and tell us one thing we should improve? ${c.rep}`,
    };
  },
  satisfactionReply(c: TextContext, year: number): MailText {
    const d = c.rng.int(2, 5);
    return {
      subject: `Re: Your feedback on our cooperation in ${year}`,
      excerpt: `Hi ${c.rep}, quality ${c.rng.int(3, 5)}, delivery ${d}${d < 4 ? ' (last shipments were late)' : ''}, service ${c.rng.int(3, 5)}. ${c.first}`,
    };
  },
  leaving(c: TextContext, successor: string): MailText {
    return {
      subject: 'Change of contact person',
      excerpt: `Dear ${c.rep}, I will be leaving ${c.company} at the end of this month. My colleague ${successor} takes over purchasing; please include them in all mails from now on. Thank you for the good cooperation. ${c.first}`,
    };
  },
  introduction(c: TextContext, title: string): MailText {
    return {
      subject: `Introduction – new ${title} at ${c.company}`,
      excerpt: `Dear ${c.rep}, I have joined ${c.company} as ${title} and will handle our orders with you from now on. Please send me the open orders and current price list. ${c.full}`,
    };
  },
  followUp(c: TextContext, year: number): MailText {
    return c.rng.pick([
      { subject: `New catalogue ${year}`, excerpt: `Dear ${c.first}, we have not heard from you for a while. Attached is our new catalogue with this year's air fryers and kettles; happy to send samples. ${c.rep}`, attachments: [`Catalogue_${year}.pdf`] },
      { subject: 'Any new projects?', excerpt: `Dear ${c.first}, hope all is well. Do you have any new projects we can quote for? ${c.rep}` },
      { subject: 'Following up on our last quotation', excerpt: `Dear ${c.first}, just following up on our last offer — is there anything we can adjust to win the order? ${c.rep}` },
    ]);
  },
  coldIntro(c: TextContext): MailText {
    return {
      subject: 'Small kitchen appliances and stainless kitchenware – factory in Ningbo',
      excerpt: `Dear ${c.first}, we are a manufacturer of kettles, air fryers, blenders and stainless cookware with BSCI and ISO 9001 audits, exporting to 40+ countries. May I send you our catalogue? ${c.rep}`,
    };
  },
};
