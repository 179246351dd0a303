/// What the relation scorer keeps while one document is read: the model and the feature writer whose
/// storage is reused between sentences.
///
/// `DocumentRun` holds it by reference so that the run stays small: calling one of the run's non-mutating
/// methods from a mutating one passes the whole run by value, and the model and the writer made up half its
/// bytes, copied on every such call.
final class ScorerState {
    /// The relation scorer, if extraction uses one (`nil`: rules alone, or only collecting pairs).
    var model: RelationModel?
    /// The scorer's feature writer, kept between sentences so its storage is reused.
    var writer: PairFeatureWriter?
}
