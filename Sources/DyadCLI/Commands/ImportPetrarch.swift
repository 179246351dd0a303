import ArgumentParser
import DyadCore
import DyadExtraction
import DyadInterop
import Foundation

extension Dyad {
    /// `dyad import petrarch`: converts PETRARCH/TABARI dictionaries into a rule pack.
    struct ImportPetrarch: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "petrarch",
            abstract: "Convert PETRARCH/TABARI dictionaries (actors, agents, verbs) into a Dyad rule pack.",
            discussion: """
                Actor entries (root names, + synonyms, [CODE] and dated [CODE >YYMMDD] / [CODE <YYMMDD] / \
                [CODE YYMMDD-YYMMDD] codes; # and <!-- --> comments) become gazetteer actors: a code is one actor, \
                its kind read from the code (AFG state, AFGGOV government, AFGMIL military, IGO… organisation, \
                …REB armed group); entries with dated codes are persons with roles. Agents ([~CODE]) become cue \
                lists; verbs, when given, rules for the CAMEO codes the mapping gives a relation type. \
                The mapping is a YAML table: see it with --print-mapping, pass an edited copy with --mapping. \
                The pack extends the bundled one (names it already has are left to it) unless --standalone. \
                The report of what was converted and skipped goes to standard error and PACK/REPORT.md.
                """
        )

        @Option(name: .customLong("actors"), parsing: .upToNextOption, help: ArgumentHelp("Actor dictionaries.", valueName: "file"))
        var actors: [String] = []

        @Option(help: ArgumentHelp("An agents dictionary.", valueName: "file"))
        var agents: String?

        @Option(help: ArgumentHelp("A verbs dictionary (CAMEO codes).", valueName: "file"))
        var verbs: String?

        @Option(help: ArgumentHelp("A CAMEO mapping table (YAML) instead of the bundled one.", valueName: "file"))
        var mapping: String?

        @Flag(help: "Write a pack that does not extend the bundled one.")
        var standalone = false

        @Flag(name: .customLong("print-mapping"), help: "Print the bundled CAMEO mapping table and exit.")
        var printMapping = false

        @Option(name: .shortAndLong, help: ArgumentHelp("The pack folder to write.", valueName: "pack"))
        var output: String?

        func validate() throws {
            if printMapping { return }
            if actors.isEmpty { throw ValidationError("give at least one actor dictionary with --actors") }
            if output == nil { throw ValidationError("give the pack folder to write with -o") }
        }

        func run() throws {
            if printMapping {
                try StandardOutput.write(try CAMEOMapping.bundledText())
                return
            }
            guard let output else { return }
            let started = DispatchTime.now()
            let table: CAMEOMapping
            let base: RulePack?
            do {
                table = try mapping.map { try CAMEOMapping.load(path: $0) } ?? CAMEOMapping.bundled()
                base = standalone ? nil : try PackLoader.loadDefault()
            } catch let error as ExtractionError {
                throw DyadCLIError(error)
            }
            func read(_ path: String) throws -> (path: String, text: String) {
                let bytes = try FileBytes.read(path)
                // Old dictionaries are often Latin-1; read them as such when they are not UTF-8.
                let text = String(validating: bytes, as: UTF8.self) ?? String(bytes.map { Character(Unicode.Scalar($0)) })
                return (path, text)
            }
            let converter = PetrarchConverter(mapping: table, base: base)
            let result = converter.convert(
                actorFiles: try actors.map(read), agents: try agents.map(read), verbs: try verbs.map(read))
            let name = URL(fileURLWithPath: output).lastPathComponent
            let files = PetrarchPackWriter.files(
                result, name: name, extendsDefault: !standalone,
                sources: actors + [agents, verbs].compactMap { $0 })
            do {
                try PetrarchPackWriter.write(files, to: output)
            } catch {
                throw DyadCLIError("cannot write the pack to \(output): \(error)", status: .failure)
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            Dyad.printError(result.report.text + "\nwrote \(output) in \(String(format: "%.2f", seconds)) s")
        }
    }
}
