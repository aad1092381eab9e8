package dk.tilsyn.sampling;

import java.time.LocalDate;
import java.util.List;

import dk.tilsyn.sampling.internal.Json;

/**
 * Everything needed to show that a sample was drawn fairly and to draw it again: the model
 * (and the custom service, if one drew it), the concept, the algorithm, the round, the period,
 * the seed, the frame's hash and size, the exclusions with their reasons and, per level and
 * stratum, size, k, picked and shortfall.
 *
 * @param seedGenerated the seed was not given but generated (and printed) for this draw
 */
public record AuditRecord(String model, String modelTitle, String modelVersion, String service,
		String serviceVersion, String conceptId, String conceptVersion, String algorithm, String round,
		LocalDate from, LocalDate to, String seed, boolean seedGenerated, String frameHash, int frameSize,
		List<Exclusion> exclusions, List<LevelRecord> levels) {

	public AuditRecord {
		exclusions = List.copyOf(exclusions);
		levels = List.copyOf(levels);
	}

	public String toJson() {
		Json json = new Json(true).beginObject();
		json.key("model").beginObject().field("name", model).field("title", modelTitle)
				.field("version", modelVersion).field("service", service).field("service_version", serviceVersion)
				.endObject();
		json.key("concept").beginObject().field("id", conceptId).field("version", conceptVersion).endObject();
		json.field("algorithm", algorithm).field("round", round);
		json.key("period").beginObject().field("from", String.valueOf(from)).field("to", String.valueOf(to))
				.endObject();
		json.field("seed", seed).field("seed_generated", seedGenerated);
		json.key("frame").beginObject().field("sha256", frameHash).field("size", frameSize).endObject();
		json.key("exclusions").beginArray();
		for (Exclusion e : exclusions) {
			json.beginObject().field("case_id", e.caseId()).field("stage", e.stage())
					.field("reason", e.reason().code()).field("detail", e.detail()).endObject();
		}
		json.endArray();
		json.key("levels").beginArray();
		for (LevelRecord level : levels) {
			json.beginObject().field("level", level.level()).field("frame", level.frame())
					.field("frame_sha256", level.frameHash()).field("frame_size", level.frameSize())
					.field("picked", level.picked()).field("shortfall", level.shortfall());
			json.key("strata").beginArray();
			for (Stratum s : level.strata()) {
				json.beginObject().field("stratum", s.key()).field("size", s.size()).field("k", s.k())
						.field("picked", s.picked()).field("shortfall", s.shortfall());
				if (s.filledFrom() != null) {
					json.field("fills", s.filledFrom());
				}
				json.endObject();
			}
			json.endArray().endObject();
		}
		json.endArray();
		return json.endObject().toString() + "\n";
	}
}
