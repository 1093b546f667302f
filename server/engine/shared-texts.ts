import type { Msg } from './types';

/**
 * Message and title texts shared by the findings that say the same thing. A document repeats its
 * mistakes, and every finding keeps its texts for as long as it lives (in an editor, until the
 * next edit): made once per distinct text, frozen and shared, they stay out of each finding's
 * share of the heap. Bounded: a cache that fills up starts over.
 */
export class SharedTexts {
  private readonly texts = new Map<string, Msg>();

  constructor(private readonly limit = 4096) {}

  get(key: string, make: () => Msg): Msg {
    let msg = this.texts.get(key);
    if (!msg) {
      if (this.texts.size >= this.limit) this.texts.clear();
      msg = Object.freeze(make());
      this.texts.set(key, msg);
    }
    return msg;
  }
}

const changeTitles = new SharedTexts();

/** The fix title «تبدیل به «…»» / “Change to …”, shared. */
export function changeTitle(to: string): Msg {
  return changeTitles.get(to, () => ({ fa: `تبدیل به «${to}»`, en: `Change to “${to}”` }));
}
