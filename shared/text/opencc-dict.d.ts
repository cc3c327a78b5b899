// opencc-js ships its dictionaries as ES modules (each a default-exported "from to|from to|…" string) without
// type declarations; fold.ts imports only the three small character tables below.
declare module 'opencc-js/dict/TSCharacters' { const dict: string; export default dict; }
declare module 'opencc-js/dict/TWVariantsRev' { const dict: string; export default dict; }
declare module 'opencc-js/dict/HKVariantsRev' { const dict: string; export default dict; }
// STPhrases: only tests/tools/build-lexicon.ts reads it (the compare's word list), never the app
declare module 'opencc-js/dict/STPhrases' { const dict: string; export default dict; }
