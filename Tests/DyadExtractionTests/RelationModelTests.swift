import DyadCore
import Foundation
import Testing

@testable import DyadExtraction

@Suite("Learned relation scorer: model file, training, extraction")
struct RelationModelTests {
    /// A model that calls every pair hostile and nothing else.
    static let hostileToAll = RelationModel(features: [], weights: [], bias: [6, -9, -9, -9, -9], thresholds: [0.5, 0.5, 0.5, 0.5, 0.5])

    static let toyInstances: [RelationTrainer.Instance] = (0..<40).map { i in
        i % 2 == 0
            ? RelationTrainer.Instance(named: ["b:attacked", "d:1", "k:\(i % 3)"], heads: [RelationHead.hostility.rawValue])
            : RelationTrainer.Instance(named: ["b:signed", "d:1", "k:\(i % 3)"], heads: [RelationHead.agreement.rawValue])
    }

    @Test("a model file reads back with the same features, weights and thresholds")
    func roundTrip() throws {
        let names = Dictionary(
            uniqueKeysWithValues: ["b:attacked", "b:signed", "d:1", "k:0", "k:1", "k:2"].map { (FeatureHash.of($0), $0) })
        let model = RelationTrainer().train(Self.toyInstances, names: names, thresholds: [0.4, 0.5, 0.6, 0.7, 0.8], about: "toy")
        let back = try RelationModel(bytes: model.encoded(), path: "toy.dyadmodel")
        #expect(back.hashes == model.hashes)
        #expect(back.names.sorted() == names.values.sorted())
        #expect(back.weights == model.weights)
        #expect(back.about == "toy")
        #expect(back.thresholds.map { ($0 * 100).rounded() } == [40, 50, 60, 70, 80])
        #expect(back.probabilities(named: ["b:attacked"]) == model.probabilities(named: ["b:attacked"]))
        #expect(back.strongest(.hostility, count: 1).first?.feature == "b:attacked")
    }

    @Test("training is deterministic and learns which words mark which type")
    func deterministicTraining() {
        let a = RelationTrainer().train(Self.toyInstances, thresholds: Array(repeating: 0.5, count: 5))
        let b = RelationTrainer().train(Self.toyInstances, thresholds: Array(repeating: 0.5, count: 5))
        #expect(a.encoded() == b.encoded())
        let attack = a.probabilities(named: ["b:attacked", "d:1"]), sign = a.probabilities(named: ["b:signed", "d:1"])
        #expect(attack[RelationHead.hostility.rawValue] > 0.5 && attack[RelationHead.agreement.rawValue] < 0.5)
        #expect(sign[RelationHead.agreement.rawValue] > 0.5 && sign[RelationHead.hostility.rawValue] < 0.5)
    }

    @Test("a model of another feature set is refused with a message that says to retrain")
    func otherFeatureVersion() {
        var bytes = Self.hostileToAll.encoded()
        bytes[12] = UInt8(RelationModel.featureVersion + 1)
        #expect {
            try RelationModel(bytes: bytes, path: "old.dyadmodel")
        } throws: { error in
            guard let e = error as? ExtractionError else { return false }
            return e.code == .model && e.message.contains("feature set") && e.message.contains("dyad train") && e.file == "old.dyadmodel"
        }
    }

    @Test("a model file of the older string-keyed format is refused with a message that says to retrain")
    func otherFormat() {
        var bytes = Self.hostileToAll.encoded()
        bytes[8] = 1
        #expect {
            try RelationModel(bytes: bytes, path: "v1.dyadmodel")
        } throws: { error in
            (error as? ExtractionError)?.message.contains("dyad train") == true
        }
    }

    @Test("a feature's hash is the hash of its name: the engine hashes piece by piece what the name spells")
    func hashesMatchNames() {
        let data = Extractor(pack: Fixture.pack).pairs(
            DocumentInput(id: "h", text: "Iran, which said on Monday it would not attack, and Syria's army accused Israel of 12 strikes."))
        #expect(data.count >= 3)
        for pair in data {
            #expect(pair.features.count == pair.names.count)
            for (hash, name) in zip(pair.features, pair.names) { #expect(FeatureHash.of(name) == hash, "\(name)") }
        }
        #expect(
            data.contains { $0.names.contains("b:<state>") || $0.names.contains("bs:, <Cap>") || $0.names.contains { $0.hasPrefix("bb:") } }
        )
    }

    @Test("a cut-short or foreign file is refused, never read past its end")
    func badFiles() {
        let bytes = RelationTrainer().train(Self.toyInstances, thresholds: Array(repeating: 0.5, count: 5)).encoded()
        for cut in [0, 7, 8, 20, bytes.count / 2, bytes.count - 1] {
            #expect(throws: ExtractionError.self) { try RelationModel(bytes: Array(bytes[0..<cut]), path: "m") }
        }
        #expect(throws: ExtractionError.self) { try RelationModel(bytes: Array("{\"not\": \"a model\"}".utf8), path: "m") }
        #expect(throws: ExtractionError.self) { try RelationModel(bytes: bytes + [0], path: "m") }
    }

    @Test("relations found by the scorer alone carry rule model and their probability")
    func scoredEvidence() {
        var extractor = Extractor(pack: Fixture.pack)
        let input = DocumentInput(id: "m", text: "Iran and Syria held talks on Monday.")
        #expect(extractor.extract(input).relations.isEmpty)
        extractor.model = Self.hostileToAll
        let relations = extractor.extract(input).relations
        #expect(relations.count == 1)
        #expect(relations.first?.type == .hostility)
        #expect(relations.first?.evidence.rule == RelationModel.ruleID)
        let score = relations.first?.evidence.score ?? 0
        #expect(score > 0.99 && score <= 1)
    }

    @Test("the scorer adds no second relation of a type a rule already found for the pair")
    func rulesWin() {
        var extractor = Extractor(pack: Fixture.pack)
        let input = DocumentInput(id: "r", text: "Iran attacked Israel.")
        let rulesOnly = extractor.extract(input).relations
        #expect(rulesOnly.map(\.type) == [.hostility])
        extractor.model = Self.hostileToAll
        let combined = extractor.extract(input).relations
        #expect(combined.count == 1)
        #expect(combined.first?.evidence.rule == rulesOnly.first?.evidence.rule)
    }

    @Test("a rule's match carries the scorer's probability, and a type's veto drops a match the scorer finds unlikely")
    func veto() throws {
        var extractor = Extractor(pack: Fixture.pack)
        let input = DocumentInput(id: "v", text: "Iran attacked Israel.")
        let doubtful = RelationModel(features: [], weights: [], bias: [-3, -9, -9, -9, -9], thresholds: [0.5, 0.5, 0.5, 0.5, 0.5])
        extractor.model = doubtful
        let kept = try #require(extractor.extract(input).relations.first)
        #expect(kept.evidence.rule != RelationModel.ruleID)
        #expect(abs((kept.evidence.score ?? -1) - 0.047) < 0.001)
        var vetoing = doubtful
        vetoing.vetoes = [0.1, 0, 0, 0, 0]
        extractor.model = vetoing
        #expect(extractor.extract(input).relations.isEmpty)
        let back = try RelationModel(bytes: vetoing.encoded(), path: "veto.dyadmodel")
        #expect(back.vetoes.map { ($0 * 10).rounded() } == [1, 0, 0, 0, 0])
    }

    @Test("--explain gets the strongest features of a scored relation")
    func explanation() {
        var extractor = Extractor(pack: Fixture.pack)
        extractor.model = RelationModel(
            features: ["b:and"], weights: [8, 0, 0, 0, 0], bias: [-4, -9, -9, -9, -9], thresholds: [0.5, 0.5, 0.5, 0.5, 0.5])
        extractor.explainScores = true
        let relations = extractor.extract(DocumentInput(id: "x", text: "Iran and Syria held talks.")).relations
        #expect(relations.first?.matched.contains("b:and +8.00") == true)
    }

    @Test("training pairs are labelled with the gold relations between the actors they resolve to")
    func labels() throws {
        let gold = """
            {"id":"g1","text":"Iran attacked Israel.","actors":[{"canonical":"Iran","mention":"Iran"},{"canonical":"Israel","mention":"Israel"}],"relations":[{"a":"Iran","type":"hostility","b":"Israel","modality":"asserted"}]}
            {"id":"g2","text":"Iran and Syria held talks.","actors":[{"canonical":"Iran","mention":"Iran"},{"canonical":"Syria","mention":"Syria"}],"relations":[]}
            """
        let scorer = try GoldScorer(bytes: Array(gold.utf8), path: "g.jsonl")
        let data = TrainingSet(scorer: scorer, extractor: Extractor(pack: Fixture.pack))
        #expect(data.sentences.count == 2)
        #expect(data.sentences[0].map(\.heads) == [[RelationHead.hostility.rawValue]])
        #expect(data.sentences[1].map(\.heads) == [[]])
        #expect(data.sentences[0].first?.features.contains(FeatureHash.of("rule:hostility")) == true)
        #expect(data.names[FeatureHash.of("rule:hostility")] == "rule:hostility")
        #expect(data.reachable == 1 && data.total == 1)
    }
}

@Suite("The bundled relation model")
struct BundledModelTests {
    @Test("the pack names its model, off by default, and the file was trained with this code's feature set")
    func bundledModelLoads() throws {
        let pack = try PackLoader.loadDefault()
        let settings = try #require(pack.model)
        #expect(settings.enabled == false)
        let model = try RelationModel(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: settings.file))), path: settings.file)
        #expect(model.hashes.count > 1000)
        #expect(model.names.filter(\.isEmpty).isEmpty)
        #expect(model.about.contains("cross-validation") || model.about.contains("CV"))
    }
}
