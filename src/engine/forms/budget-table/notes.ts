import type { Lang } from "../../i18n";

/** What the recogniser had to infer, as the report's form notes show it. */
const NOTES: Record<Lang, Record<string, string>> = {
  zh: {
    unitAssumed: "未找到“单位：”行，金额单位按元处理",
    "hierarchy.code": "层级按科目编码前缀识别",
    "hierarchy.indent": "层级按缩进识别",
    "hierarchy.numbering": "层级按序号（一、1.）识别",
  },
  en: {
    unitAssumed: "No “单位：” line found; amounts are taken to be in 元",
    "hierarchy.code": "Hierarchy read from the classification code prefixes",
    "hierarchy.indent": "Hierarchy read from the indentation",
    "hierarchy.numbering": "Hierarchy read from the enumeration (一、 1.)",
  },
};

export function noteText(lang: Lang, key: string): string {
  return NOTES[lang][key] ?? NOTES.zh[key] ?? key;
}
