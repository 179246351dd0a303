import ArgumentParser
import DyadCore
import DyadExtraction
import Foundation

/// `--rules`, `--model` and `--no-model`: the rule pack and relation model `extract`, `eval` and `train` use.
struct PackOptions: ParsableArguments {
    @OptionGroup var pack: RulePackOption

    @Option(
        name: .long, help: "A relation model file (.dyadmodel) to use, or `pack` for the pack's own model even when it is off by default.")
    var model: String?

    @Flag(name: .customLong("no-model"), help: "Read with the rules alone, without the learned relation scorer.")
    var noModel = false

    init() {}

    /// An extractor over the compiled pack, with the pack's relation model unless `model` is false.
    func extractor(model useModel: Bool = true) throws -> Extractor {
        var extractor = Extractor(pack: try compiled())
        guard useModel, !noModel else { return extractor }
        var file = model
        if file == "pack" {
            guard let settings = extractor.pack.pack.model else {
                throw DyadCLIError("the rule pack ships no relation model; give a .dyadmodel file to --model")
            }
            file = settings.file
        } else if file == nil, let settings = extractor.pack.pack.model, settings.enabled {
            file = settings.file
        }
        if let file {
            do {
                extractor.model = try RelationModel(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: file))), path: file)
            } catch let error as ExtractionError {
                throw DyadCLIError(error)
            } catch {
                throw DyadCLIError("\(file): error: \(error)")
            }
        }
        return extractor
    }

    /// Loads and compiles the pack.
    /// - Throws: ``DyadCLIError`` with the pack's located error.
    func compiled() throws -> CompiledPack { try pack.compiled() }
}
