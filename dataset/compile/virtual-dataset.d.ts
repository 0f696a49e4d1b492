declare module 'virtual:backstory-dataset' {
  /** The compiled dataset bundle as JSON text; load it with loadBundle(). */
  const bundleJson: string;
  export default bundleJson;
}
