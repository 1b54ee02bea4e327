import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.ts';

describe('detectLanguage', () => {
  it.each<[string, string]>([
    ['Hello, we are interested in your electric kettles. Please send your best price FOB Ningbo for 5000 pcs.', 'en'],
    ['Please quote 500 pcs kettle CIF Jeddah', 'en'],
    ['Good day sir, kindly send your quotation for rice cooker', 'en'],
    ['Hi, what is your MOQ for air fryer? Thanks', 'en'],
    ['您好，我们需要500台电饭煲，请报离岸价。', 'zh'],
    ['Hello, 我们需要电热水壶 500台，请尽快报价', 'zh'],
    ['請報價五百台電飯煲', 'zh'],
    ['Hola, estamos interesados en sus hervidores eléctricos. Por favor envíenos su mejor precio.', 'es'],
    ['Bonjour, nous sommes intéressés par vos bouilloires électriques. Merci de nous envoyer votre meilleur prix.', 'fr'],
    ['Guten Tag, wir interessieren uns für Ihre Wasserkocher. Bitte senden Sie uns Ihr bestes Angebot.', 'de'],
    ['Olá, estamos interessados nas suas chaleiras elétricas. Por favor, envie-nos o seu melhor preço.', 'pt'],
    ['Здравствуйте, нас интересуют ваши электрические чайники. Пожалуйста, пришлите лучшую цену.', 'ru'],
    ['مرحبا، نحن مهتمون بالغلايات الكهربائية الخاصة بكم. يرجى إرسال أفضل سعر.', 'ar'],
    ['こんにちは、電気ケトルの価格を教えてください。', 'ja'],
  ])('reads %s as %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('reads English with a Chinese company name in it as English', () => {
    expect(detectLanguage('Dear Sir, we found your company 宁波卢蒙 at the Canton Fair and would like to buy blenders for our stores in Chile.')).toBe('en');
  });

  it.each(['', 'hi', 'Thanks', '12345 678'])('gives null for %j', (text) => {
    expect(detectLanguage(text)).toBeNull();
  });
});
