// opencc-js ships its dictionaries as ES modules without types: each is one string, "T S|T S|…".
declare module 'opencc-js/dict/TSCharacters' {
  const dictionary: string
  export default dictionary
}
