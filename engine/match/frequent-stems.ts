// Words so frequent in any English text that a rule triggered by them would be looked at in
// nearly every sentence; the index alone cannot tell (few rules use them), so they are named.
/** Stems of the commonest English words (as stemWord gives them). */
export const FREQUENT: ReadonlySet<string> = new Set(
  (
    'the a an and or but of in on at to for from by with as is was be are were has hav had it its ' +
    'that this thes thos he she they we i you his her their our not no say tell over after befor ' +
    'about than then there who which what when would will can could may more most other some all ' +
    'new on one two 2 3 last first year'
  ).split(' '),
);
