"""``python -m bench``: generate (or reuse) the data, run the measures, print and save the table."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from bench.generate import DATA_DIR, DEFAULT_SEED
from bench.results import RESULTS_FILE, Result, describe_run, format_table, write_results

QUICK_SCALE = 0.1
QUICK_RUNS = 3
FULL_RUNS = 5


def build_parser() -> argparse.ArgumentParser:
    from bench.measures import MEASURES

    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Measure Vänort on a Europe-sized register beside bare-library floors.",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help=f"scale {QUICK_SCALE:g} and {QUICK_RUNS} runs, for development; "
        "results go to bench/data/results-quick.json",
    )
    parser.add_argument(
        "--only",
        action="append",
        metavar="NAME",
        choices=[m.name for m in MEASURES],
        help="run only this measure (may be given more than once)",
    )
    parser.add_argument("--runs", type=int, help="timed runs per measure (default 5, quick 3)")
    parser.add_argument("--scale", type=float, help="size of the generated data (default 1.0)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument(
        "--profile",
        action="store_true",
        help="also profile the program's side of each measure (cProfile) into bench/data/profiles/",
    )
    parser.add_argument("--out", type=Path, help="where to write the results (JSON)")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    return parser


def _merge(previous: Path, fresh: list[Result]) -> list[dict[str, object]]:
    """The objects of ``previous`` with those measured now replaced (for --only)."""
    from bench.measures import MEASURES

    try:
        old = {item["name"]: item for item in json.loads(previous.read_text(encoding="utf-8"))}
    except (OSError, ValueError, TypeError, KeyError):
        old = {}
    new = {r.name: r.as_json() for r in fresh}
    merged = old | new
    order = [m.name for m in MEASURES]
    return sorted(
        merged.values(),
        key=lambda item: order.index(str(item["name"])) if item["name"] in order else len(order),
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # Before Qt or the program are imported: no screen, and every user folder in scratch.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from bench.measures import MEASURES, Context, run_measure, scratch_folder

    work = scratch_folder()
    (work / "home").mkdir()
    os.environ["VANORT_HOME"] = str(work / "home")
    scale = args.scale if args.scale is not None else (QUICK_SCALE if args.quick else 1.0)
    runs = args.runs if args.runs is not None else (QUICK_RUNS if args.quick else FULL_RUNS)
    out = args.out or (DATA_DIR / "results-quick.json" if args.quick else RESULTS_FILE)

    from bench.generate import ensure_dataset

    started = time.perf_counter()
    data = ensure_dataset(args.seed, scale)
    ctx = Context(
        data=data,
        work=work,
        runs=runs,
        profile_dir=DATA_DIR / "profiles" if args.profile else None,
        log=print,
    )
    chosen = [m for m in MEASURES if not args.only or m.name in args.only]
    results: list[Result] = []
    try:
        for measure in chosen:
            print(f"- {measure.name} ...", flush=True)
            began = time.perf_counter()
            result = run_measure(measure, ctx)
            results.append(result)
            print(f"  {_summary(result)} ({time.perf_counter() - began:.0f} s)", flush=True)
    finally:
        ctx.close()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print()
    print(format_table(results))
    print()
    print(
        describe_run(
            {"scale": f"{scale:g}", "runs": runs, "took": f"{time.perf_counter() - started:.0f} s"}
        )
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    if args.only and out.exists():
        merged = _merge(out, results)
        partial = out.with_name(out.name + ".tmp")
        partial.write_text(
            json.dumps(merged, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        os.replace(partial, out)
    else:
        write_results(results, out)
    print(f"results written to {out}")
    return 0


def _summary(result: Result) -> str:
    if result.missing is not None:
        return f"missing: {result.missing}"
    if result.failed is not None:
        return f"failed: {result.failed}"
    if result.peak_mib is not None:
        return f"{result.peak_mib:.0f} MiB (floor {result.floor_peak_mib or 0:.0f} MiB)"
    ratio = f", {result.ratio:.2f}x floor" if result.ratio is not None else ""
    return f"median {result.median_s or 0:.3f} s{ratio}"


if __name__ == "__main__":
    sys.exit(main())
