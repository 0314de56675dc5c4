import EnmiendaTestSupport
import Foundation
import Testing

/// The GNU parallel recipes of `Recipes/` (files on several local job slots, also with
/// `-S 2/: --transfer`, and a record stream through `--pipe`) give the same counts by rule id
/// and severity as one local `check --format json` run over the same corpus
/// (`Recipes/sample-corpus.py`: the example article, generated articles with odd names, XLIFF,
/// PO and SRT files, plus files `check` skips in a directory: `.csv`, `.jpg`, hidden). `:` is
/// this machine, for which GNU parallel ignores `--transferfile` and `--cleanup` (with a
/// warning): that run covers the script's `-S` options and one file a job, not a transfer,
/// which needs a remote host. Paths `check` refuses (missing, an empty directory, a `.csv`
/// named) make `parallel-files.sh` exit 2 as `check` does. Needs Debian's `parallel`
/// (`.ci/setup tests`).
@Suite struct BatchRecipeTests {
    static let hasParallel =
        (try? CLIRunner.shell("parallel --version | grep -q 'GNU parallel'", in: CLIRunner.packageRoot).status) == 0

    /// The script's counts must equal the local run's, and it must exit 1 (findings).
    private static let compare = """
        import json, sys
        local, batch = (json.load(open(name)) for name in sys.argv[1:3])
        for key in ("findings", "words", "documents", "byRule", "bySeverity", "byRuleAndSeverity"):
            assert local[key] == batch[key], (key, local[key], batch[key])
        assert batch["errors"] == 0 and batch["segments"] > 0 and len(batch["byRule"]) > 5, batch
        print("equal", batch["findings"])
        """

    @Test(.enabled(if: ThirdPartyTool.runs(whenAvailable: hasParallel))) func parallelRecipesCountAsOneLocalRun() throws
    {
        try #require(Self.hasParallel, "GNU parallel is missing: bash .ci/setup tests installs it")
        let directory = try CLIRunner.temporaryDirectory()
        let recipes = CLIRunner.packageRoot.appendingPathComponent("Recipes").path
        try Data(Self.compare.utf8).write(to: directory.appendingPathComponent("compare.py"))
        let script = """
            set -u
            python3 '\(recipes)/sample-corpus.py' corpus --copies 9 || exit 9
            printf 'a,b\\n' > corpus/notes.csv; printf 'x' > corpus/photo.jpg; cp corpus/notes.csv corpus/.hidden.txt
            "$E" check --format json -o local.json corpus 2>/dev/null; [ $? -eq 1 ] || exit 10
            python3 '\(recipes)/combine.py' --json local.json > local-counts.json || exit 11
            export ENMIENDA="$E"
            bash '\(recipes)/parallel-files.sh' -j 3 -o files.jsonl corpus > files.json; echo "files $?"
            bash '\(recipes)/parallel-files.sh' -S 2/: --transfer corpus > ssh.json; echo "ssh $?"
            python3 '\(recipes)/to-records.py' corpus \\
              | bash '\(recipes)/parallel-records.sh' -j 3 --block 2k > records.json; echo "records $?"
            for counts in files ssh records; do python3 compare.py local-counts.json $counts.json || exit 12; done
            mkdir empty
            for refused in missing empty corpus/notes.csv; do
              bash '\(recipes)/parallel-files.sh' "$refused" > /dev/null 2>&1; echo "refused $refused $?"
            done
            ls corpus/texts | wc -l
            """
        let run = try CLIRunner.shell(script, in: directory)
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("files 1\n"), "\(run.output)")
        #expect(run.output.contains("ssh 1\n"), "\(run.output)")
        #expect(run.output.contains("records 1\n"), "\(run.output)")
        #expect(run.output.components(separatedBy: "equal ").count == 4, "\(run.output)")
        for refused in ["missing", "empty", "corpus/notes.csv"] {
            #expect(run.output.contains("refused \(refused) 2\n"), "\(run.output)")
        }
        // Several jobs ran each time, and -S 2/: --transfer removed no input (GNU parallel
        // ignores --cleanup there, as --transferfile).
        for line in run.output.split(separator: "\n") where line.hasPrefix("parallel-") {
            let jobs = Int(line.split(separator: " ")[1]) ?? 0
            #expect(jobs >= 2, "\(line)")
        }
        #expect(run.output.hasSuffix("9\n"), "\(run.output)")
    }
}
