"""A readable listing of the operations parsed from an act (``wetgeving parse-act``)."""

from __future__ import annotations

from wetgeving.wijziging.model import Operatie, Wijzigingsregeling


def describe_op(op: Operatie) -> str:
    where = str(op.doel) if op.doel else "(regeling)"
    extra = []
    if op.oud:
        extra.append(f"oud={op.oud!r}")
    if op.nieuw:
        extra.append(f"nieuw={op.nieuw!r}")
    if op.zin is not None:
        extra.append(f"zin={op.zin}")
    if op.aanhef:
        extra.append("aanhef")
    if op.telkens:
        extra.append("telkens")
    if op.positie:
        extra.append(f"positie={op.positie}")
    if op.anker:
        extra.append(f"anker={op.anker}")
    if op.van:
        extra.append("vernummering " + ", ".join(f"{a}→{b}" for a, b in zip(op.van, op.naar, strict=True)))
    if op.eenheden:
        extra.append("nieuw: " + ", ".join(f"{u.soort} {u.nr}" for u in op.eenheden))
    return f"{op.soort:18} {where}" + (("  " + "; ".join(extra)) if extra else "")


def describe_act(act: Wijzigingsregeling) -> str:
    lines = [act.titel] if act.titel else []
    for art, ond in act.onderdelen():
        when = f" (inwerking {ond.inwerking})" if ond.inwerking else ""
        lines.append(f"ARTIKEL {art.nr} ({art.citeertitel}), onderdeel {ond.nr}{when}")
        lines.extend(f"  {describe_op(op)}" for op in ond.operaties)
        lines.extend(f"  ONLEESBAAR regel {p.regel}: {p.tekst[:70]!r} — {p.reden}" for p in ond.onleesbaar)
    lines.extend(f"ONLEESBAAR regel {p.regel}: {p.tekst[:70]!r} — {p.reden}" for p in act.onleesbaar)
    n = sum(len(o.operaties) for _, o in act.onderdelen())
    lines.append(f"{len(act.onderdelen())} onderdelen, {n} operaties, {len(act.problems())} onleesbaar")
    return "\n".join(lines) + "\n"
