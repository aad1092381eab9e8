package dk.tilsyn.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.core.JsonGenerator;

import dk.tilsyn.model.csv.CsvTable;
import dk.tilsyn.model.json.JsonOutput;
import dk.tilsyn.store.ReviewStore;
import dk.tilsyn.store.StoreStatus;

/**
 * {@code tilsyn status [--store URL] [--format csv|json]}: counts of cases, events, rounds,
 * samples and reviews per round and status. CSV: {@code scope,item,key,count}, scope
 * {@code store} or a round id; a round's lines are its status (key), the level in review
 * (count), sampled units per level and reviews per status.
 */
final class StatusCommand {
	private final PrintStream out;

	StatusCommand(PrintStream out) {
		this.out = out;
	}

	int run(List<String> args) {
		String store = Options.take(args, "--store");
		String format = Options.take(args, "--format");
		Options.noMoreOptions(args);
		if (!args.isEmpty() || format != null && !format.equals("csv") && !format.equals("json")) {
			throw UsageException.usage(Messages.statusUsage);
		}
		StoreStatus status;
		try (ReviewStore opened = ReviewStore.open(store)) {
			status = opened.status();
		}
		if ("json".equals(format)) {
			out.println(json(status));
		} else if ("csv".equals(format)) {
			csv(status);
		} else {
			text(status);
		}
		return Cli.OK;
	}

	/** Round ids are the user's text: a spreadsheet shows them as text ({@link CsvTable#text}). */
	private void csv(StoreStatus s) {
		StringBuilder csv = new StringBuilder();
		CsvTable table = CsvTable.withHeader(csv, "scope", "item", "key", "count");
		table.value("store").value("cases").value(null).value(s.cases()).endRow();
		table.value("store").value("events").value(null).value(s.events()).endRow();
		s.reviews().forEach((k, v) -> table.value("store").value("reviews").value(k).value(v).endRow());
		for (StoreStatus.RoundStatusLine r : s.rounds()) {
			table.text(r.round()).value("status").value(r.status()).value(r.reviewLevel()).endRow();
			r.sampledUnits().forEach((k, v) -> table.text(r.round()).value("sampled_units").value(k).value(v).endRow());
			r.reviews().forEach((k, v) -> table.text(r.round()).value("reviews").value(k).value(v).endRow());
		}
		out.print(csv);
	}

	static String json(StoreStatus s) {
		return JsonOutput.compact(json -> {
			json.writeStartObject();
			json.writeStringField("location", s.location());
			json.writeNumberField("cases", s.cases());
			json.writeNumberField("events", s.events());
			counts(json, "reviews", s.reviews());
			json.writeArrayFieldStart("rounds");
			for (StoreStatus.RoundStatusLine r : s.rounds()) {
				json.writeStartObject();
				json.writeStringField("round", r.round());
				json.writeStringField("status", r.status());
				json.writeNumberField("reviewLevel", r.reviewLevel());
				counts(json, "sampledUnits", r.sampledUnits());
				counts(json, "reviews", r.reviews());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeEndObject();
		});
	}

	private static void counts(JsonGenerator json, String name, Map<?, Long> counts) throws IOException {
		json.writeObjectFieldStart(name);
		for (Map.Entry<?, Long> e : counts.entrySet()) {
			json.writeNumberField(String.valueOf(e.getKey()), e.getValue());
		}
		json.writeEndObject();
	}

	/** For people: one line each, control characters (from round ids) escaped. */
	private void text(StoreStatus s) {
		out.println(Text.escape(NLS.bind(Messages.statusStore, new Object[] { s.location(),
				Text.count(s.cases(), Messages.cases), Text.count(s.events(), Messages.events) })));
		out.println(Text.escape(NLS.bind(Messages.statusReviews, s.reviews().isEmpty() ? "-" : s.reviews().toString())));
		if (s.rounds().isEmpty()) {
			out.println(Messages.statusNoRounds);
		}
		for (StoreStatus.RoundStatusLine r : s.rounds()) {
			out.println(Text.escape(NLS.bind(Messages.statusRound, new Object[] { r.round(),
					r.status() + (r.reviewLevel() > 0 ? " " + r.reviewLevel() : ""), r.sampledUnits(), r.reviews() })));
		}
	}
}
