import type { Rule } from './types';
import { rule as arabicLetters } from './rules/arabic-letters';
import { rule as arabicDigits } from './rules/arabic-digits';
import { rule as presentationForms } from './rules/presentation-forms';
import { rule as kashida } from './rules/kashida';
import { rule as tehMarbuta } from './rules/teh-marbuta';
import { rule as hehHamzaConsistency } from './rules/heh-hamza-consistency';
import { rule as zwnjVerbPrefix } from './rules/zwnj-verb-prefix';
import { rule as zwnjBiPrefix } from './rules/zwnj-bi-prefix';
import { rule as zwnjPlural } from './rules/zwnj-plural';
import { rule as zwnjComparative } from './rules/zwnj-comparative';
import { rule as zwnjSilentHeh } from './rules/zwnj-silent-heh';
import { rule as zwnjCompound } from './rules/zwnj-compound';
import { rule as zwnjMisuse } from './rules/zwnj-misuse';
import { rule as zwnjReduplication } from './rules/zwnj-reduplication';
import { rule as persianPunctuation } from './rules/persian-punctuation';
import { rule as punctuationSpacing } from './rules/punctuation-spacing';
import { rule as latinDigits } from './rules/latin-digits';
import { rule as houseSubstitution } from './rules/house-substitution';
import { rule as pdfLamAlef } from './rules/pdf-lam-alef';
import { rule as pdfStraySlash } from './rules/pdf-stray-slash';
import { rule as pdfRunTogether } from './rules/pdf-run-together';
import { rule as gluedFunctionWord } from './rules/glued-function-word';
import { rule as honorificSpelling } from './rules/honorific-spelling';
import { rule as blessingStyle } from './rules/blessing-style';
import { rule as blessingSpacing } from './rules/blessing-spacing';
import { rule as honorificConsistency } from './rules/honorific-consistency';
import { rule as titleSpelling } from './rules/title-spelling';
import { rule as titleConsistency } from './rules/title-consistency';
import { rule as nameConsistency } from './rules/name-consistency';
import { rule as titleChange } from './rules/title-change';

/** Every rule, in the order they run; the server, the CLI and the docs read this list. */
export const rules: readonly Rule[] = [
  // §1 letters and characters
  arabicLetters,
  arabicDigits,
  presentationForms,
  kashida,
  tehMarbuta,
  hehHamzaConsistency,
  // §2 ZWNJ
  zwnjVerbPrefix,
  zwnjBiPrefix,
  zwnjPlural,
  zwnjComparative,
  zwnjSilentHeh,
  zwnjCompound,
  zwnjMisuse,
  zwnjReduplication,
  // §3 honorifics
  honorificSpelling,
  blessingStyle,
  blessingSpacing,
  honorificConsistency,
  // §4 titles and names
  titleSpelling,
  titleConsistency,
  nameConsistency,
  titleChange,
  // §5 punctuation and spacing
  persianPunctuation,
  punctuationSpacing,
  latinDigits,
  // §6 PDF damage
  pdfLamAlef,
  pdfStraySlash,
  pdfRunTogether,
  gluedFunctionWord,
  // house style: the newsroom's own substitutions (empty unless .persian-qa.json has some)
  houseSubstitution,
];

const byId = new Map(rules.map((r) => [r.meta.id, r]));
export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
