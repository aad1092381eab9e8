package dk.tilsyn.sampling;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

import dk.tilsyn.model.json.JsonOutput;

/**
 * Everything needed to show that a sample was drawn fairly and to draw it again: the model
 * (and the custom service, if one drew it), the concept, the algorithm, the round, the period,
 * the seed, the frame's hash and size, the exclusions with their reasons and, per level and
 * stratum, size, k, picked and shortfall. Made by {@link #of}: who drew and for what come from
 * the model and the request, so that nothing else can write them.
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

	/** The record of a draw of {@code model} for {@code request}; the draw adds how it drew. */
	public static Builder of(ModelSpec model, DrawRequest request) {
		return new Builder(model, request);
	}

	/** How a draw was made: the algorithm, the frame, the levels, and the service when one drew it. */
	public static final class Builder {
		private final ModelSpec model;
		private final DrawRequest request;
		private SamplingModelService service;
		private String algorithm;
		private String frameHash;
		private int frameSize;
		private List<Exclusion> exclusions = List.of();
		private List<LevelRecord> levels = List.of();

		private Builder(ModelSpec model, DrawRequest request) {
			this.model = model;
			this.request = request;
		}

		public Builder drawnBy(SamplingModelService drawer) {
			this.service = drawer;
			return this;
		}

		public Builder algorithm(String name) {
			this.algorithm = name;
			return this;
		}

		/** The first level's frame: its hash, size and exclusions. */
		public Builder frame(Frame frame) {
			return frame(frame.hash(), frame.size(), frame.exclusions());
		}

		public Builder frame(String hash, int size, List<Exclusion> excluded) {
			this.frameHash = hash;
			this.frameSize = size;
			this.exclusions = excluded;
			return this;
		}

		public Builder levels(List<LevelRecord> records) {
			this.levels = records;
			return this;
		}

		public AuditRecord build() {
			return new AuditRecord(model.name(), model.title(), model.version(), service == null ? null : service.name(),
					service == null ? null : service.version(), request.conceptId(), request.conceptVersion(), algorithm,
					request.round(), request.from(), request.to(), request.seed(), request.seedGenerated(), frameHash,
					frameSize, exclusions, levels);
		}
	}

	/** The record as JSON (two-space indent), the form {@code --audit} writes and the store keeps. */
	public String toJson() {
		return JsonOutput.pretty(json -> {
			json.writeStartObject();
			json.writeObjectFieldStart("model");
			json.writeStringField("name", model);
			json.writeStringField("title", modelTitle);
			json.writeStringField("version", modelVersion);
			json.writeStringField("service", service);
			json.writeStringField("service_version", serviceVersion);
			json.writeEndObject();
			json.writeObjectFieldStart("concept");
			json.writeStringField("id", conceptId);
			json.writeStringField("version", conceptVersion);
			json.writeEndObject();
			json.writeStringField("algorithm", algorithm);
			json.writeStringField("round", round);
			json.writeObjectFieldStart("period");
			json.writeStringField("from", String.valueOf(from));
			json.writeStringField("to", String.valueOf(to));
			json.writeEndObject();
			json.writeStringField("seed", seed);
			json.writeBooleanField("seed_generated", seedGenerated);
			json.writeObjectFieldStart("frame");
			json.writeStringField("sha256", frameHash);
			json.writeNumberField("size", frameSize);
			json.writeEndObject();
			json.writeArrayFieldStart("exclusions");
			for (Exclusion e : exclusions) {
				json.writeStartObject();
				json.writeStringField("case_id", e.caseId());
				json.writeStringField("stage", e.stage());
				json.writeStringField("reason", e.reason().code());
				json.writeStringField("detail", e.detail());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeArrayFieldStart("levels");
			for (LevelRecord level : levels) {
				level(json, level);
			}
			json.writeEndArray();
			json.writeEndObject();
		});
	}

	private static void level(JsonGenerator json, LevelRecord level) throws IOException {
		json.writeStartObject();
		json.writeNumberField("level", level.level());
		json.writeStringField("frame", level.frame());
		json.writeStringField("frame_sha256", level.frameHash());
		json.writeNumberField("frame_size", level.frameSize());
		json.writeNumberField("picked", level.picked());
		json.writeNumberField("shortfall", level.shortfall());
		json.writeArrayFieldStart("strata");
		for (Stratum s : level.strata()) {
			json.writeStartObject();
			json.writeStringField("stratum", s.key());
			json.writeNumberField("size", s.size());
			json.writeNumberField("k", s.k());
			json.writeNumberField("picked", s.picked());
			json.writeNumberField("shortfall", s.shortfall());
			if (s.filledFrom() != null) {
				json.writeStringField("fills", s.filledFrom());
			}
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeEndObject();
	}
}
