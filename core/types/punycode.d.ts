// The userland punycode package (imported by path so Node's deprecated built-in is never picked) ships no types.
declare module 'punycode/punycode.js' {
  const punycode: { toASCII(domain: string): string; toUnicode(domain: string): string };
  export default punycode;
}
