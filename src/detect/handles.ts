import type { FieldText } from "../text/field.js";

/** A messaging-app or social-network handle, with its range in the original field string. */
export interface FoundHandle {
  start: number;
  end: number;
  /** The app named next to it, when one is ("LINE", "WeChat" …). */
  app?: string;
}

/** Case-insensitive spelling of a Latin name inside a case-sensitive pattern. */
const anyCase = (word: string) => word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
const LATIN_APPS = ["wechat", "weixin", "whats ?app", "kakao ?talk", "telegram", "instagram", "insta", "facebook",
  "messenger", "twitter", "tiktok", "viber", "signal", "skype", "snapchat", "threads", "discord", "weibo", "qq"];

/** Messaging apps and social networks, as sellers write their names. `LINE` only in capitals. */
const APP =
  "(?<app>LINE|(?:ライン|Line)(?=\\s*(?:ID|ＩＤ|@))|" + LATIN_APPS.map(anyCase).join("|") + "|X(?=\\s*[（(]?\\s*(?:Twitter|@))|微信|ワッツアップ|カカオトーク|카카오톡|카톡|テレグラム|텔레그램|インスタグラム|インスタ|인스타그램|인스타|フェイスブック|페이스북|ツイッター|트위터|ティックトック|틱톡|微博|小红书|小紅書|抖音)";
/**
 * Words that introduce a handle. Latin ones only as whole words ("ideas", "considering" and "handlebar"
 * hold none), and a lower-case "id" only right before a colon or an @handle.
 */
const LABEL =
  "(?:(?<![A-Za-z])(?:ID|" + ["account", "handle", "username", "user ?name"].map(anyCase).join("|") + ")(?![A-Za-z])" +
  "|(?<![A-Za-z])id(?=\\s*[:：@])|ＩＤ|アカウント|账号|帳號|号|號|아이디|계정|名前)";
const HANDLE_CHAR = "[A-Za-z0-9_.\\-]";
/**
 * An app name, then within the same line an @handle or an "ID: handle"; or the app name, a colon and
 * a handle-shaped word (with a digit, "_" or "."), as in "WeChat: shop_cn".
 */
export const NAMED = new RegExp(
  `${APP}(?:[^\\n@]{0,40}?(?:(?<at>@[A-Za-z0-9_](?:${HANDLE_CHAR}{1,29}))|${LABEL}\\s*[:：は是]?\\s*[（(]?\\s*(?<id>@?[A-Za-z0-9][A-Za-z0-9_.\\-]{2,29}))|\\s*[:：]\\s*(?<word>(?=[A-Za-z0-9_.\\-]*[\\d_.])[A-Za-z][A-Za-z0-9_.\\-]{2,29}))`,
  "gu",
);
/**
 * Where an app name may start: every start of APP, and a few more (any case, "line" in "online"). A
 * match of NAMED starts with an app name, so NAMED is tried only at these starts: most of a text is
 * not searched by its long alternation at all. Names in Latin letters and the others are searched
 * apart: a case-insensitive search for both costs four times as much on Japanese text, and names
 * written in kana, Hangul or Han have no case.
 */
const LATIN_APP_START = new RegExp(
  "line|" + LATIN_APPS.map((app) => app.split(" ?")[0]).join("|") + "|x(?=\\s*[（(]?\\s*(?:twitter|@))",
  "gi",
);
const OTHER_APP_START =
  /ライン|微信|ワッツアップ|カカオトーク|카카오톡|카톡|テレグラム|텔레그램|インスタ|인스타|フェイスブック|페이스북|ツイッター|트위터|ティックトック|틱톡|微博|小红书|小紅書|抖音/g;
const NAMED_HERE = new RegExp(NAMED.source, "uy");

/** Where `re` (global) next matches from `from`, or -1. */
function startFrom(re: RegExp, text: string, from: number): number {
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index : -1;
}

/** The matches `text.matchAll(NAMED)` finds, tried only where an app name may start. */
export function* namedHandles(text: string): Generator<RegExpExecArray> {
  let next = 0;
  let latin = startFrom(LATIN_APP_START, text, 0);
  let other = startFrom(OTHER_APP_START, text, 0);
  while (latin >= 0 || other >= 0) {
    const at = other < 0 || (latin >= 0 && latin < other) ? latin : other;
    if (latin === at) latin = startFrom(LATIN_APP_START, text, at + 1);
    if (other === at) other = startFrom(OTHER_APP_START, text, at + 1);
    if (at < next) continue;
    NAMED_HERE.lastIndex = at;
    const named = NAMED_HERE.exec(text);
    if (!named) continue;
    next = named.index + named[0].length;
    yield named;
  }
}

/** An @handle on its own (not the "@" of an e-mail address). */
const BARE_AT = /(?<![\p{L}\p{N}_.@+-])@(?=[A-Za-z0-9_.]*[A-Za-z])[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,29})(?![A-Za-z0-9_@])(?!\.[A-Za-z]{2,})/gu;

/** Finds handles in a field's normalized text; memoized per lint. */
export function findHandles(field: FieldText): FoundHandle[] {
  return field.memo("handles", () => {
    const { text, map } = field.normalized;
    if (!/[@:：]|id|アカウント|账号|帳號|号|號|아이디|계정|account|handle|name/i.test(text)) return [];
    const out: FoundHandle[] = [];
    for (const m of namedHandles(text)) {
      const g = m.groups!;
      const handle = (g.at ?? g.id ?? g.word)!;
      const end = m.index! + m[0].length;
      const start = end - handle.length;
      const [s, e] = map.toSource(start, trimDot(text, start, end));
      out.push({ start: s, end: e, app: g.app });
    }
    for (const m of text.includes("@") ? text.matchAll(BARE_AT) : []) {
      const start = m.index!;
      const end = trimDot(text, start, start + m[0].length);
      if (out.some((h) => map.toSource(start, end)[0] < h.end && h.start < map.toSource(start, end)[1])) continue;
      const [s, e] = map.toSource(start, end);
      out.push({ start: s, end: e });
    }
    return out.sort((a, b) => a.start - b.start);
  });
}

/** A handle does not end with the period that ends the sentence. */
function trimDot(text: string, start: number, end: number): number {
  while (end > start + 1 && (text[end - 1] === "." || text[end - 1] === "-")) end--;
  return end;
}
