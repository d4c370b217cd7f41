/** Workbooks bundled into the page (the example), as data URLs: webpack inlines them. */
declare module "*.xlsx" {
  const dataUrl: string;
  export default dataUrl;
}
