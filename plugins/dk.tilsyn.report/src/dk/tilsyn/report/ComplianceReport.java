package dk.tilsyn.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.tilsyn.concept.InstalledConcept;
import dk.tilsyn.model.concept.Question;
import dk.tilsyn.model.concept.Stage;
import dk.tilsyn.model.Answer;
import dk.tilsyn.model.Review;
import dk.tilsyn.model.csv.CsvFields;

/** Compliance per question over a set of reviews of one concept, in the concept's order. */
public final class ComplianceReport {
	private final InstalledConcept concept;
	private final List<QuestionCompliance> rows;

	private ComplianceReport(InstalledConcept concept, List<QuestionCompliance> rows) {
		this.concept = concept;
		this.rows = List.copyOf(rows);
	}

	public static ComplianceReport of(InstalledConcept concept, Collection<Review> reviews) {
		Map<String, int[]> counts = new HashMap<>(); // question id → yes, no, not relevant
		for (Review review : reviews) {
			if (!concept.id().equals(review.getConceptId())) {
				continue;
			}
			for (Answer answer : review.getAnswers()) {
				if (answer.isSetValue()) {
					counts.computeIfAbsent(answer.getQuestionId(), q -> new int[3])[answer.getValue().getValue()]++;
				}
			}
		}
		List<QuestionCompliance> rows = new ArrayList<>();
		for (Stage stage : concept.stages()) {
			for (Question question : stage.getQuestions()) {
				int[] c = counts.getOrDefault(question.getName(), new int[3]);
				rows.add(new QuestionCompliance(stage.getName(), stage.getTitle(), question.getName(), question.getText(),
						c[0], c[1], c[2]));
			}
		}
		return new ComplianceReport(concept, rows);
	}

	public InstalledConcept concept() {
		return concept;
	}

	public List<QuestionCompliance> rows() {
		return rows;
	}

	/**
	 * The report as CSV (RFC 4180, UTF-8): stage, question, text, yes, no, not relevant, percent.
	 * The concept's words show as text in a spreadsheet ({@link CsvFields#text}); the counts are numbers.
	 */
	public String toCsv() {
		StringBuilder csv = new StringBuilder("stage,question,text,yes,no,not_relevant,percent\n");
		for (QuestionCompliance row : rows) {
			csv.append(CsvFields.line(CsvFields.text(row.stageId()), CsvFields.text(row.questionId()),
					CsvFields.text(row.text()), CsvFields.value(row.yes()), CsvFields.value(row.no()),
					CsvFields.value(row.notRelevant()), row.share().isPresent() ? CsvFields.value(row.percent()) : ""));
		}
		return csv.toString();
	}
}
