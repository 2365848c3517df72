import { createPaneI18n } from "../../src/taskpane/i18n";

describe("the pane's counts in English read as English (1 error, 2 warnings)", () => {
  it("summary and form counts choose the word for the count", () => {
    const en = createPaneI18n("en");
    expect(en.t("summary.counts", { errors: 1, warnings: 2, info: 1 })).toBe("1 error · 2 warnings · 1 note");
    expect(en.t("card.counts", { errors: 0, warnings: 1 })).toBe("this form: 0 errors · 1 warning");
    expect(en.t("summary.forms", { count: 1 })).toBe("1 form found");
    expect(en.t("done.write.keptGradients", { count: 1 })).toBe("1 cell has a gradient fill and was not coloured (see the note and the 校验结果 sheet).");
  });

  it("Chinese is untouched", () => {
    expect(createPaneI18n("zh").t("summary.counts", { errors: 1, warnings: 2, info: 1 })).toBe("错误 1 · 警告 2 · 提示 1");
  });
});
