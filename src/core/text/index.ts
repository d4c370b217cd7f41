export * from "./normalize";
export * from "./decimal";
export * from "./numerals";
export * from "./units";
export * from "./figures";
export * from "./subject";
export * from "./periods";
