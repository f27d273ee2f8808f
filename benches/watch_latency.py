#!/usr/bin/env python3
"""Watch-mode latency: from saving one entry to its rebuilt page on disk.

usage: benches/watch_latency.py N [SAVES]     (defaults: N=1000, SAVES=21)

Generates a journal of N entries with `cargo bench --bench gen_corpus --
DIR N` (benches/corpus/mod.rs; every rule lowered to `warning`, so every entry
publishes and every rule runs), starts `failfolio build --watch` on it,
waits for the first build, then saves one entry at a time (an in-place write
adding a unique word to the body) and polls the entry's page in the output
until the word is there. Prints the median and 90th percentile of that
end-to-end latency (which includes the watcher's debounce), and of the
rebuild time failfolio reports itself.

Uses $FAILFOLIO if set, else target/release/failfolio (run
`cargo build --release` first). $GEN_CORPUS, if set, is a generator
executable run as `$GEN_CORPUS DIR N` instead of cargo (e.g. an already
built target/release/deps/gen_corpus-<hash>). Output goes to a temporary
folder on disk ($TMPDIR to choose another place). A benchmark, not a test:
the figures go into docs/performance.md.
"""
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONFIG = "title: Benchmark journal\nbase_url: https://example.com/\nrules:\n" + "".join(
    f"  PF{n:03}: warning\n" for n in range(1, 13)
)


def generate(entries, n):
    """Writes n generated entries into the folder entries (an absolute path:
    cargo runs the generator from the repository)."""
    gen = os.environ.get("GEN_CORPUS")
    if gen:
        subprocess.run([gen, entries, str(n)], check=True, stdout=subprocess.DEVNULL)
        return
    print(f"generating {n} entries: cargo bench --bench gen_corpus", file=sys.stderr)
    subprocess.run(
        ["cargo", "bench", "--quiet", "--bench", "gen_corpus", "--", entries, str(n)],
        cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
    )


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    saves = int(sys.argv[2]) if len(sys.argv) > 2 else 21
    binary = os.environ.get("FAILFOLIO", os.path.join(ROOT, "target", "release", "failfolio"))
    work = os.path.abspath(tempfile.mkdtemp(prefix="failfolio-latency-"))
    try:
        journal = os.path.join(work, "journal")
        entries = os.path.join(journal, "entries")
        os.makedirs(entries)
        generate(entries, n)
        with open(os.path.join(journal, "failfolio.yaml"), "w") as f:
            f.write(CONFIG)
        out = os.path.join(work, "out")
        proc = subprocess.Popen(
            [binary, "build", "--watch", journal, "-o", out],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            env={**os.environ, "NO_COLOR": "1"},
        )
        lines = []
        cond = threading.Condition()

        def read():
            for line in proc.stdout:
                with cond:
                    lines.append(line)
                    cond.notify_all()

        threading.Thread(target=read, daemon=True).start()

        def wait_line(pattern, start):
            deadline = time.monotonic() + 120
            with cond:
                while True:
                    for i in range(start, len(lines)):
                        m = re.search(pattern, lines[i])
                        if m:
                            return i, m
                    left = deadline - time.monotonic()
                    if left <= 0:
                        raise SystemExit(f"no line matching {pattern!r}: {lines[-3:]}")
                    cond.wait(left)

        at, first = wait_line(r"Built (\d+) pages in (\d+) ms", 0)
        print(f"{n} entries: first build {first.group(2)} ms ({first.group(1)} pages)")
        files = sorted(
            os.path.join(d, f) for d, _, fs in os.walk(entries) for f in fs if f.endswith(".md")
        )
        step = max(1, len(files) // saves)
        latencies, rebuilds = [], []
        for i in range(saves):
            path = files[(i * step) % len(files)]
            slug = re.sub(r"^\d{4}-\d{2}-\d{2}-", "", os.path.basename(path))[:-3]
            page = os.path.join(out, "entries", slug, "index.html")
            word = f"latencyprobe{i}x"
            with open(path, encoding="utf-8") as f:
                text = f.read()
            start = time.perf_counter()
            with open(path, "w", encoding="utf-8") as f:
                f.write(text + f"\n{word}\n")
            deadline = time.monotonic() + 30
            while True:
                try:
                    with open(page, encoding="utf-8") as f:
                        if word in f.read():
                            break
                except FileNotFoundError:
                    pass
                if time.monotonic() > deadline:
                    raise SystemExit(f"{page} never showed {word}")
                time.sleep(0.001)
            latencies.append((time.perf_counter() - start) * 1000)
            at, m = wait_line(r"Rebuilt (\d+) pages in (\d+) ms", at + 1)
            rebuilds.append(int(m.group(2)))
            time.sleep(0.05)  # let the watcher settle between saves
        proc.terminate()
        proc.wait(timeout=10)

        def p90(xs):
            return sorted(xs)[max(0, int(round(0.9 * len(xs))) - 1)]

        print(f"save -> page on disk: median {statistics.median(latencies):.0f} ms, "
              f"p90 {p90(latencies):.0f} ms over {saves} saves")
        print(f"rebuild (as reported): median {statistics.median(rebuilds):.0f} ms, "
              f"p90 {p90(rebuilds)} ms")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
