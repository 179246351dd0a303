import ArgumentParser
import DyadCore
import Testing

@testable import DyadCLI

/// In-process parsing of every command's options: typed values, shared groups, refusals.
@Suite("command-line parsing")
struct ParseTests {
    /// Parses `arguments` as `dyad …` and casts the command.
    func parse<C: ParsableCommand>(_ arguments: [String], as type: C.Type = C.self) throws -> C {
        let command = try Dyad.parseAsRoot(arguments)
        return try #require(command as? C, "parsed as \(Swift.type(of: command))")
    }

    /// The message the parser gives for `arguments`, which must be refused.
    func refusal(_ arguments: [String]) -> String? {
        do {
            var command = try Dyad.parseAsRoot(arguments)
            try command.validate()
            Issue.record("\(arguments) was accepted")
            return nil
        } catch {
            #expect(Dyad.exitCode(for: error) == .validationFailure, "\(error)")
            return Dyad.message(for: error)
        }
    }

    // MARK: Typed values

    @Test("a day option is a Day, a type list a set of RelationType, --cost a PathCost")
    func typedPathOptions() throws {
        let path = try parse(
            [
                "path", "g.json", "Iran", "Israel", "--as-of", "2021-11-01", "--window", "30", "--types", "alliance,Hostility",
                "proxy", "--cost", "confidence", "--exclude", "Syria", "--directed",
            ], as: Dyad.Path.self)
        #expect(path.input.file == "g.json")
        #expect(path.from == "Iran" && path.to == "Israel")
        #expect(path.options.time.value == TimeWindow(asOf: Day("2021-11-01"), window: 30))
        #expect(path.options.types.selection == [.alliance, .hostility, .proxy])
        #expect(path.options.cost == .confidence)
        #expect(path.options.exclude == ["Syria"])
        #expect(path.options.directed)
        #expect(path.output.json == false && path.output.render == nil)
    }

    @Test("without --types every type is allowed, and the cost is hops")
    func defaults() throws {
        let path = try parse(["path", "g.json", "Iran", "Israel"], as: Dyad.Path.self)
        #expect(path.options.types.selection == nil)
        #expect(path.options.cost == .hops)
        #expect(!path.options.time.value.isLimited)
    }

    @Test("connect and balance share the path options and the output group")
    func connectAndBalance() throws {
        let connect = try parse(
            ["connect", "g.json", "Iran", "Russia", "Hezbollah", "--as-of", "2021-01-02", "--json", "--render", "n.svg"],
            as: Dyad.Connect.self)
        #expect(connect.actors == ["Iran", "Russia", "Hezbollah"])
        #expect(connect.options.time.asOf == Day("2021-01-02"))
        #expect(connect.output.json && connect.output.render == "n.svg")
        let balance = try parse(["balance", "-", "--types", "hostility", "--roll-up"], as: Dyad.Balance.self)
        #expect(balance.input.file == "-")
        #expect(balance.options.types.selection == [.hostility])
        #expect(balance.options.rollUp)
    }

    @Test("render and export carry --as-of/--from/--to as one TimeWindow into DiagramOptions")
    func viewTime() throws {
        let render = try parse(
            [
                "render", "g.json", "--as-of", "2021-12-01", "--from", "2021-10-01", "--to", "2021-11-30", "--types", "proxy",
                "-o", "g.svg",
            ], as: Dyad.Render.self)
        let expected = TimeWindow(asOf: Day("2021-12-01"), from: Day("2021-10-01"), to: Day("2021-11-30"))
        #expect(render.view.time.value == expected)
        #expect(render.view.types.selection == [.proxy])
        #expect(render.out.output == "g.svg")
        let export = try parse(["export", "g.json", "--from", "2021-10-01", "--format", "gexf"], as: Dyad.Export.self)
        #expect(export.view.time.value == TimeWindow(from: Day("2021-10-01")))
        #expect(export.view.narrowsTheGraph)
    }

    @Test("diff takes two days and a window for one graph, types and actors to select")
    func diff() throws {
        let diff = try parse(
            [
                "diff", "g.json", "--from", "2021-11-15", "--to", "2021-12-15", "--window", "90", "--types", "alliance",
                "--types", "hostility,proxy", "--actor", "Iran", "--json",
            ], as: Dyad.Diff.self)
        #expect(diff.old == "g.json" && diff.new == nil)
        #expect(diff.time.value == TimeWindow(from: Day("2021-11-15"), to: Day("2021-12-15"), window: 90))
        #expect(diff.types.selection == [.alliance, .hostility, .proxy])
        #expect(diff.actor == ["Iran"])
        #expect(diff.output.json)
        let files = try parse(["diff", "old.json", "new.json", "--render", "d.dot", "--exit-code"], as: Dyad.Diff.self)
        #expect(files.new == "new.json" && files.output.render == "d.dot" && files.exitCode)
    }

    @Test("timeline takes its step range as days")
    func timeline() throws {
        let timeline = try parse(
            ["timeline", "g.json", "--every", "month", "--from", "2021-01-01", "--to", "2021-06-30", "-o", "out"],
            as: Dyad.TimelineCommand.self)
        #expect(timeline.time.from == Day("2021-01-01") && timeline.time.to == Day("2021-06-30"))
        #expect(timeline.output == "out")
    }

    @Test("show and stats read one graph and take --json")
    func showAndStats() throws {
        let show = try parse(["show", "g.json", "--actor", "IDF", "--json"], as: Dyad.Show.self)
        #expect(show.input.file == "g.json" && show.actor == "IDF" && show.output.json)
        let stats = try parse(["stats", "g.jsonl"], as: Dyad.Stats.self)
        #expect(stats.input.file == "g.jsonl" && !stats.output.json)
    }

    @Test("extract takes a partial publication date and the pack options")
    func extract() throws {
        let extract = try parse(
            ["extract", "a.txt", "--date", "2021-11", "--rules", "pack/", "--no-model", "-o", "g.json"], as: Dyad.Extract.self)
        #expect(extract.date == PartialDate("2021-11"))
        #expect(extract.pack.pack.rules == "pack/")
        #expect(extract.pack.noModel)
        #expect(extract.files == ["a.txt"])
    }

    @Test("eval and train take gold files and the pack options")
    func evalAndTrain() throws {
        let eval = try parse(["eval", "--gold", "g.jsonl", "--rules", "p.yaml", "--json"], as: Dyad.Eval.self)
        #expect(eval.gold == "g.jsonl" && eval.pack.pack.rules == "p.yaml" && eval.json)
        let train = try parse(["train", "--gold", "a.jsonl", "b.jsonl", "--folds", "5", "-o", "m.dyadmodel"], as: Dyad.Train.self)
        #expect(train.gold == ["a.jsonl", "b.jsonl"] && train.folds == 5 && train.output == "m.dyadmodel")
    }

    @Test("rules test and rules check take --rules, and the pack as an argument as before")
    func rules() throws {
        let test = try parse(["rules", "test", "--rules", "pack/", "-v"], as: Dyad.Rules.Test.self)
        #expect(test.pack.option.rules == "pack/" && test.pack.legacyPack == nil && test.verbose)
        let old = try parse(["rules", "test", "pack/"], as: Dyad.Rules.Test.self)
        #expect(old.pack.legacyPack == "pack/" && old.pack.selected.rules == "pack/")
        let check = try parse(["rules", "check", "--rules", "p.yaml"], as: Dyad.Rules.Check.self)
        #expect(check.pack.selected.rules == "p.yaml")
        let oldCheck = try parse(["rules", "check", "p.yaml"], as: Dyad.Rules.Check.self)
        #expect(oldCheck.pack.legacyPack == "p.yaml")
        let bundled = try parse(["rules", "check"], as: Dyad.Rules.Check.self)
        #expect(bundled.pack.selected.rules == nil)
    }

    @Test("validate, merge, import and serve parse their arguments")
    func otherCommands() throws {
        let validate = try parse(["validate", "a.json", "b.jsonl", "--json"], as: Dyad.Validate.self)
        #expect(validate.files == ["a.json", "b.jsonl"] && validate.json)
        let merge = try parse(["merge", "a.json", "b.json", "-o", "m.jsonl", "--format", "jsonl"], as: Dyad.Merge.self)
        #expect(merge.files == ["a.json", "b.json"] && merge.output == "m.jsonl" && merge.format == .jsonl)
        let graphml = try parse(["import", "graphml", "g.graphml", "--default-type", "alliance"], as: Dyad.ImportGraphML.self)
        #expect(graphml.file == "g.graphml" && graphml.defaultType == .alliance)
        let edges = try parse(["import", "edges", "e.csv", "-o", "g.json"], as: Dyad.ImportEdges.self)
        #expect(edges.file == "e.csv" && edges.out.output == "g.json")
        _ = try parse(["serve", "g.json"], as: Dyad.Serve.self)
    }

    // MARK: Refusals (status 2, one message per kind of mistake)

    @Test(
        "bad values are refused by the parser with the option and the accepted form",
        arguments: [
            (["path", "g.json", "A", "B", "--as-of", "2021-02-30"], "The value '2021-02-30' is invalid for '--as-of <YYYY-MM-DD>'"),
            (["render", "g.json", "--from", "yesterday"], "The value 'yesterday' is invalid for '--from <YYYY-MM-DD>'"),
            (["diff", "g.json", "--from", "2021-01-01", "--to", "soon"], "The value 'soon' is invalid for '--to <YYYY-MM-DD>'"),
            (["timeline", "g.json", "--every", "week", "--to", "2021-1-1", "-o", "x"], "invalid for '--to <YYYY-MM-DD>'"),
            (["path", "g.json", "A", "B", "--types", "alliance,friendship"], "Please provide one of 'alliance', 'hostility'"),
            (["render", "g.json", "--types", "love"], "The value 'love' is invalid for '--types <types>'"),
            (["diff", "a.json", "b.json", "--types", "war"], "The value 'war' is invalid for '--types <types>'"),
            (["path", "g.json", "A", "B", "--cost", "cheap"], "Please provide one of 'hops', 'confidence' or 'evidence'"),
            (["extract", "a.txt", "--date", "2021-13"], "The value '2021-13' is invalid for '--date"),
        ])
    func badValues(arguments: [String], message: String) {
        let text = refusal(arguments)
        #expect(text?.contains(message) == true, "\(text ?? "accepted")")
    }

    @Test(
        "options a command does not take, and bad combinations, are refused",
        arguments: [
            (["path", "g.json", "A", "B", "--from", "2021-01-01"], "does not take --from"),
            (["balance", "g.json", "--to", "2021-01-01"], "does not take --to"),
            (["render", "g.json", "--window", "3"], "does not take --window"),
            (["diff", "g.json", "--as-of", "2021-01-01"], "does not take --as-of"),
            (["show", "g.json", "--render", "x.svg"], "does not take --render"),
            (["path", "g.json", "A", "B", "--window", "3"], "--window needs --as-of"),
            (["path", "g.json", "A", "B", "--as-of", "2021-01-01", "--window", "0"], "--window must be at least 1 day"),
            (["diff", "g.json", "--from", "2021-01-01", "--to", "2021-02-01", "--window", "0"], "--window must be at least 1 day"),
            (["rules", "check", "a.yaml", "--rules", "b.yaml"], "give the pack once"),
            (["diff", "g.json"], "--from DATE and --to DATE"),
        ])
    func refusedCombinations(arguments: [String], message: String) {
        let text = refusal(arguments)
        #expect(text?.contains(message) == true, "\(text ?? "accepted")")
    }

    @Test("a good command is not refused: the refusal helper is checked against an accepted line")
    func positiveControl() throws {
        var command = try Dyad.parseAsRoot(["path", "g.json", "A", "B", "--as-of", "2021-01-01", "--window", "3"])
        try command.validate()
    }
}
