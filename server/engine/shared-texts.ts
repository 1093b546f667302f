import type { Msg } from './types';

/**
 * Message and title texts shared by the findings that say the same thing. A document repeats its
 * mistakes, and every finding keeps its texts for as long as it lives (in an editor, until the
 * next edit): made once per distinct text, frozen and shared, they stay out of each finding's
 * share of the heap. Bounded: a cache that fills up starts over.
 */
class SharedCache<V extends object> {
  private readonly texts = new Map<string, V>();

  constructor(private readonly limit = 4096) {}

  get(key: string, make: () => V): V {
    let value = this.texts.get(key);
    if (!value) {
      if (this.texts.size >= this.limit) this.texts.clear();
      value = Object.freeze(make());
      this.texts.set(key, value);
    }
    return value;
  }
}

export class SharedTexts extends SharedCache<Msg> {}

/** A finding's message and fix title, shared the same way under one key. */
export class SharedPairs extends SharedCache<{ message: Msg; title: Msg }> {}

const changeTitles = new SharedTexts();

/** The fix title «تبدیل به «…»» / “Change to …”, shared. */
export function changeTitle(to: string): Msg {
  return changeTitles.get(to, () => ({ fa: `تبدیل به «${to}»`, en: `Change to “${to}”` }));
}
