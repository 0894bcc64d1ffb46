#!/usr/bin/env python3
"""Grade expert-scored case answers with `prepl check` and measure agreement.

Usage: score.py PREPL BANK [--bank-for-check DIR] [ids...]

Every problems/case/<id>.json in BANK with an "examples" list is graded example by
example (`prepl --bank BANK check <id> <answer.json> --format json`); the script prints
the per-problem and pooled Spearman rank correlation between prepl's score (as a fraction
of the maximum) and the expert's "expected" fraction, and every adversarial pair: an
example labelled keyword-list / negated / wrong-direction / bad-practice that scores at or
above a strong example of the same problem.
Spearman is computed here (average ranks for ties, then Pearson) so that the script needs
nothing beyond the Python standard library.
"""
import json, os, subprocess, sys, tempfile

ADVERSARIAL = {"keyword-list", "negated", "wrong-direction", "bad-practice"}


def ranks(xs):
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    r = [0.0] * len(xs)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and xs[order[j + 1]] == xs[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return r


def spearman(a, b):
    ra, rb = ranks(a), ranks(b)
    n = len(a)
    ma, mb = sum(ra) / n, sum(rb) / n
    cov = sum((x - ma) * (y - mb) for x, y in zip(ra, rb))
    va = sum((x - ma) ** 2 for x in ra) ** 0.5
    vb = sum((y - mb) ** 2 for y in rb) ** 0.5
    return float("nan") if va == 0 or vb == 0 else cov / (va * vb)


def grade(prepl, bank, pid, answer):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(answer, f)
        path = f.name
    try:
        out = subprocess.run([prepl, "--bank", bank, "--color", "never", "check", pid, path, "--format", "json"],
                             capture_output=True, text=True, stdin=subprocess.DEVNULL)
    finally:
        os.unlink(path)
    if out.returncode not in (0, 1):
        sys.exit(f"prepl check {pid} failed (exit {out.returncode}): {out.stderr.strip() or out.stdout.strip()}")
    v = json.loads(out.stdout)
    return v["score"] / v["max_score"] if v["max_score"] else 0.0


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    prepl, bank, only = sys.argv[1], sys.argv[2], set(sys.argv[3:])
    folder = os.path.join(bank, "case")
    all_exp, all_got, pairs, bad_pairs = [], [], 0, []
    adversarial, adversarial_bad = 0, 0
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".json"):
            continue
        doc = json.load(open(os.path.join(folder, name), encoding="utf-8"))
        pid = doc["id"]
        if only and pid not in only or not doc.get("examples"):
            continue
        rows = [(e["label"], e["expected"], grade(prepl, bank, pid, e["answer"])) for e in doc["examples"]]
        exp = [r[1] for r in rows]
        got = [r[2] for r in rows]
        all_exp += exp
        all_got += got
        strong = [(i, r) for i, r in enumerate(rows) if r[0] == "strong"]
        fails = 0
        for i, (label, e, g) in enumerate(rows):
            if label not in ADVERSARIAL:
                continue
            adversarial += 1
            adversarial_bad += any(g >= sg for _, (_, _, sg) in strong)
            for j, (_, se, sg) in strong:
                pairs += 1
                if g >= sg:
                    fails += 1
                    bad_pairs.append(f"{pid}: #{i} {label} {g:.2f} >= #{j} strong {sg:.2f}")
        print(f"{pid:45s} n={len(rows):2d} spearman={spearman(exp, got):5.2f} adversarial-failures={fails}")
        for i, (label, e, g) in enumerate(rows):
            print(f"    #{i:<2d} {label:15s} expert={e:.2f} prepl={g:.2f}{'  <-- off by %.2f' % (g - e) if abs(g - e) >= 0.3 else ''}")
    print(f"POOLED n={len(all_exp)} spearman={spearman(all_exp, all_got):.3f}")
    print(f"ADVERSARIAL pairs failing (adversarial >= strong): {len(bad_pairs)} of {pairs}")
    print(f"ADVERSARIAL examples at or above some strong example: {adversarial_bad} of {adversarial}")
    for b in bad_pairs:
        print("    " + b)


if __name__ == "__main__":
    main()
