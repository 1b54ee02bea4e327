/**
 * What the demo exporter sells: small kitchen appliances and stainless kitchenware, each model
 * under one of the config's catalogue keys (`kettle`, `air-fryer`, …) with a factory FOB price
 * band in USD and a carton quantity (order quantities are whole cartons).
 */

/** Catalogue keys of the example config (touchpoint.config.example.json). */
export type CatalogueKey =
  | 'kettle' | 'blender' | 'air-fryer' | 'rice-cooker' | 'toaster' | 'coffee-maker' | 'cookware' | 'cutlery' | 'vacuum-flask';

/** One model on the price list. */
export interface Product {
  sku: string;
  key: CatalogueKey;
  /** English description as it appears on a PI; always contains one of the key's catalogue terms. */
  name: string;
  /** FOB price band in USD at today's price level. */
  price: readonly [low: number, high: number];
  unit: 'pcs' | 'sets';
  /** Units per export carton. */
  carton: number;
}

const p = (sku: string, key: CatalogueKey, name: string, low: number, high: number, carton: number, unit: Product['unit'] = 'pcs'): Product => ({
  sku, key, name, price: [low, high], unit, carton,
});

/** Every model on the price list. */
export const PRODUCTS: readonly Product[] = [
  p('EK-1701', 'kettle', 'Electric kettle 1.7 L, stainless steel', 6.2, 8.4, 6),
  p('EK-1802G', 'kettle', 'Glass electric kettle 1.8 L, blue LED', 7.5, 9.8, 6),
  p('EK-0810', 'kettle', 'Gooseneck electric kettle 0.8 L, temperature control', 14.5, 19.5, 6),
  p('EK-1200D', 'kettle', 'Double-wall electric kettle 1.2 L', 9, 12, 6),
  p('SK-2500', 'kettle', 'Stovetop whistling kettle 2.5 L, stainless steel', 5.2, 7.5, 12),
  p('BL-1500', 'blender', 'Countertop blender 1.5 L, 800 W', 13, 19, 4),
  p('BL-2000P', 'blender', 'High-speed blender 2.0 L, 1500 W', 32, 45, 2),
  p('BL-0600', 'blender', 'Personal blender 600 ml with travel bottle', 6.8, 9.5, 12),
  p('HB-0800', 'blender', 'Hand blender set 800 W, stainless shaft', 9.5, 14, 8),
  p('SJ-0200', 'blender', 'Slow juicer 200 W', 34, 48, 2),
  p('AF-4500', 'air-fryer', 'Air fryer 4.5 L, mechanical timer', 18, 24, 2),
  p('AF-6500D', 'air-fryer', 'Digital air fryer 6.5 L', 26, 34, 2),
  p('AF-9000W', 'air-fryer', 'Dual-basket air fryer 9 L', 42, 55, 1),
  p('AO-1200', 'air-fryer', 'Air fryer oven 12 L, rotisserie', 38, 50, 1),
  p('RC-1800', 'rice-cooker', 'Rice cooker 1.8 L, 10 cups', 11, 16, 4),
  p('RC-0600M', 'rice-cooker', 'Mini rice cooker 0.6 L', 8, 11, 8),
  p('RC-5000S', 'rice-cooker', 'Rice cooker 5 L, stainless inner pot', 17, 23, 2),
  p('TS-2200', 'toaster', '2-slice toaster, stainless steel', 8, 11.5, 6),
  p('TS-4400', 'toaster', '4-slice toaster, stainless steel', 14, 19, 4),
  p('SM-0750', 'toaster', 'Sandwich maker 750 W', 6, 8.5, 8),
  p('CM-1210', 'coffee-maker', 'Drip coffee maker 12 cups', 11, 16, 4),
  p('CM-1520E', 'coffee-maker', 'Espresso machine 15 bar with milk frother', 46, 68, 2),
  p('CM-0600C', 'coffee-maker', 'Capsule coffee machine 0.6 L', 28, 38, 4),
  p('CW-10SS', 'cookware', 'Cookware set 10 pcs, stainless steel 18/10', 26, 40, 1, 'sets'),
  p('CW-3P28', 'cookware', 'Tri-ply frying pan 28 cm, stainless steel', 8.5, 13, 10),
  p('CW-SP24', 'cookware', 'Stainless steel pot 24 cm with glass lid', 7, 10.5, 6),
  p('CW-SA18', 'cookware', 'Saucepan 18 cm, stainless steel', 4.8, 7, 12),
  p('CW-WK32', 'cookware', 'Stainless steel wok 32 cm', 9, 13.5, 6),
  p('CT-24SS', 'cutlery', 'Cutlery set 24 pcs, 18/10 stainless steel', 5.5, 9, 12, 'sets'),
  p('CT-KS6B', 'cutlery', 'Kitchen knife set 6 pcs with block', 9.5, 16, 6, 'sets'),
  p('CT-FW16', 'cutlery', 'Flatware set 16 pcs, matte black', 7, 10, 12, 'sets'),
  p('CT-CK20', 'cutlery', 'Kitchen knife 20 cm, German steel', 2.8, 4.5, 48),
  p('VF-0500', 'vacuum-flask', 'Vacuum flask 500 ml, 304 stainless steel', 2.4, 3.6, 50),
  p('VF-1000', 'vacuum-flask', 'Vacuum flask 1 L with cup lid', 4, 5.8, 24),
  p('TB-0900', 'vacuum-flask', 'Insulated tumbler 900 ml with straw', 3, 4.5, 40),
  p('FJ-1500', 'vacuum-flask', 'Thermos jug 1.5 L', 5.5, 8, 12),
  p('VF-0750S', 'vacuum-flask', 'Insulated bottle 750 ml, sports lid', 3.2, 4.6, 50),
];

/** The customer's focus decides which families fill their basket. */
export type Focus = 'appliances' | 'kitchenware' | 'mixed' | 'hotel' | 'gifts' | 'school';

const FOCUS_KEYS: Record<Focus, readonly CatalogueKey[]> = {
  appliances: ['kettle', 'blender', 'air-fryer', 'rice-cooker', 'toaster', 'coffee-maker'],
  kitchenware: ['cookware', 'cutlery', 'vacuum-flask', 'kettle'],
  mixed: ['kettle', 'blender', 'air-fryer', 'toaster', 'coffee-maker', 'cookware', 'cutlery', 'vacuum-flask', 'rice-cooker'],
  hotel: ['kettle', 'cutlery', 'cookware', 'coffee-maker', 'toaster'],
  gifts: ['vacuum-flask', 'cutlery', 'cookware', 'coffee-maker'],
  school: ['vacuum-flask', 'blender'],
};

/** Products a customer with that focus may buy. */
export function productsFor(focus: Focus): readonly Product[] {
  const keys = FOCUS_KEYS[focus];
  return PRODUCTS.filter((product) => keys.includes(product.key));
}

/** Text of an order line: model number and description. */
export function lineText(product: Product): string {
  return `${product.sku} ${product.name}`;
}
