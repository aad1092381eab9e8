package dk.tilsyn.form;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dk.tilsyn.concept.Answers;
import dk.tilsyn.concept.InstalledConcept;
import dk.tilsyn.form.internal.Messages;
import dk.tilsyn.form.internal.QuestionRow;
import dk.tilsyn.model.Answer;
import dk.tilsyn.model.AnswerValue;
import dk.tilsyn.model.Case;
import dk.tilsyn.model.DeadlineVerdict;
import dk.tilsyn.model.Review;
import dk.tilsyn.model.ReviewFactory;
import dk.tilsyn.model.concept.Conditions;
import dk.tilsyn.model.concept.Question;
import dk.tilsyn.model.concept.Stage;

/**
 * The questionnaire of one review: the questions of the review's stage, each with the input its
 * answer kind needs, and under a question linked to a deadline rule the review's verdict on that
 * rule. A follow-up question is disabled, and its answer cleared, while its condition (the
 * concept's validator) does not hold. Saving checks the answers and hands the review to the
 * {@link ReviewSaver}; a refused save keeps everything the reviewer entered.
 */
public class ReviewForm extends Composite {
	private final InstalledConcept concept;
	private final Review review;
	private final ReviewSaver saver;
	private final Map<String, QuestionRow> rows = new LinkedHashMap<>();
	private final Label status;
	private Font bold;
	private Case theCase;

	/**
	 * A form over the review's answers and verdicts; with a saver it saves, without one (null) it
	 * only checks the answers, as the lawyers' preview of a concept being written does.
	 */
	public ReviewForm(Composite parent, InstalledConcept concept, Review review, ReviewSaver saver) {
		this(parent, concept, review, saver, null);
	}

	/**
	 * As above, with what to write for a reference in a condition that does not resolve: an editor
	 * previewing a concept being written passes the text the lawyer typed ("u99 = nej").
	 */
	public ReviewForm(Composite parent, InstalledConcept concept, Review review, ReviewSaver saver,
			Conditions.UnresolvedNames unresolved) {
		super(parent, SWT.NONE);
		this.concept = concept;
		this.review = review;
		this.saver = saver;
		setLayout(new GridLayout(1, false));
		Stage stage = concept.stage(review.getStage()).orElseThrow(
				() -> new IllegalArgumentException("concept " + concept.id() + " has no stage " + review.getStage()));

		Label header = new Label(this, SWT.WRAP);
		header.setText(NLS.bind(Messages.header, new Object[] { review.getCaseId(), stage.getTitle(),
				review.getLevel(), concept.title() }));
		header.setFont(bold(header));
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		ScrolledComposite scroll = new ScrolledComposite(this, SWT.V_SCROLL | SWT.BORDER);
		scroll.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		Composite questions = new Composite(scroll, SWT.NONE);
		questions.setLayout(new GridLayout(2, false));
		Map<String, DeadlineVerdict> verdicts = new LinkedHashMap<>();
		review.getVerdicts().forEach(v -> verdicts.putIfAbsent(v.getRuleId(), v));
		int number = 1;
		for (Question question : stage.getQuestions()) {
			DeadlineVerdict verdict = question.getRule() == null ? null : verdicts.get(question.getRule().getName());
			rows.put(question.getName(), new QuestionRow(questions, number++, question, verdict, unresolved, this::updateAsked));
		}
		scroll.setContent(questions);
		scroll.addListener(SWT.Resize, e -> {
			int width = scroll.getClientArea().width;
			scroll.setMinSize(questions.computeSize(width, SWT.DEFAULT));
		});

		Composite buttons = new Composite(this, SWT.NONE);
		buttons.setLayout(new GridLayout(2, false));
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
		Button save = new Button(buttons, SWT.PUSH);
		save.setText(saver == null ? Messages.check : Messages.save);
		save.addListener(SWT.Selection, e -> save());
		status = new Label(buttons, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		for (Answer answer : review.getAnswers()) {
			QuestionRow row = rows.get(answer.getQuestionId());
			if (row != null && answer.isSetValue()) {
				row.select(answer.getValue());
			} else if (row != null && answer.getText() != null) {
				row.setText(answer.getText());
			}
		}
		updateAsked();
		addListener(SWT.Dispose, e -> {
			if (bold != null) {
				bold.dispose();
			}
		});
	}

	/** Answers a question as a click on its choice would; null clears the answer. */
	public void answer(String questionId, AnswerValue value) {
		askedRow(questionId).select(value);
		updateAsked();
	}

	/** Types the answer of a question of another kind (option id, number, date, text). */
	public void answerText(String questionId, String value) {
		askedRow(questionId).setText(value);
		updateAsked();
	}

	/** The answer of another kind shown for a question, or null. */
	public String textOf(String questionId) {
		return row(questionId).text();
	}

	/** The answer shown for a question, or null. */
	public AnswerValue valueOf(String questionId) {
		return row(questionId).value();
	}

	/** Whether the question is asked now (its condition holds), i.e. can be answered. */
	public boolean isAsked(String questionId) {
		return row(questionId).isAsked();
	}

	/** The deadline verdict shown under a question, as the reviewer reads it, or null when none is. */
	public String verdictOf(String questionId) {
		return row(questionId).verdictText();
	}

	/** How the verdict under a question was reached (its tooltip), or null when none is shown. */
	public String derivationOf(String questionId) {
		return row(questionId).verdictDerivation();
	}

	/** The text of the status line: what the last save did. */
	public String status() {
		return status.getText();
	}

	public Review review() {
		return review;
	}

	/**
	 * Whether the form shows answers other than the review's saved ones (an answer given, changed
	 * or cleared since it was opened or last saved): what would be lost if it were closed now.
	 */
	public boolean hasUnsavedChanges() {
		Map<String, Answer> saved = new LinkedHashMap<>();
		for (Answer answer : review.getAnswers()) {
			saved.put(answer.getQuestionId(), answer);
		}
		for (Map.Entry<String, QuestionRow> entry : rows.entrySet()) {
			Answer before = saved.get(entry.getKey());
			QuestionRow row = entry.getValue();
			AnswerValue savedValue = before != null && before.isSetValue() ? before.getValue() : null;
			String savedText = before == null || before.getText() == null || before.getText().isBlank() ? null
					: before.getText();
			if (row.value() != savedValue || !Objects.equals(row.text(), savedText)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Checks the answers and hands the review to the saver; returns whether it was saved (without
	 * a saver: whether the answers fit the concept). A refused save leaves the form as it was and
	 * says why in the status line.
	 */
	public boolean save() {
		for (QuestionRow row : rows.values()) {
			String problem = row.problem();
			if (problem != null) {
				showStatus(problem, true);
				return false;
			}
		}
		Review candidate = shown();
		Diagnostic check = concept.validator().validate(candidate);
		if (check.getSeverity() == Diagnostic.ERROR) {
			showStatus(check.getChildren().get(0).getMessage(), true);
			return false;
		}
		if (saver == null) {
			showStatus(Messages.checked, false);
			return true;
		}
		String where;
		try {
			where = saver.save(candidate);
		} catch (SaveRefusedException e) {
			showStatus(e.getMessage(), true);
			return false;
		}
		review.getAnswers().clear();
		review.getAnswers().addAll(candidate.getAnswers());
		review.setVersion(candidate.getVersion());
		showStatus(NLS.bind(Messages.saved, LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")), where),
				false);
		return true;
	}

	/**
	 * The case the review is about: conditions on the child's age, flags and events are then
	 * evaluated (without a case they hold). Null forgets the case.
	 */
	public void setCase(Case theCase) {
		this.theCase = theCase;
		updateAsked();
	}

	/** The review as the form shows it now: the review's identity and version with the answers given. */
	private Review shown() {
		Review shown = ReviewFactory.eINSTANCE.createReview();
		shown.setConceptId(review.getConceptId());
		shown.setCaseId(review.getCaseId());
		shown.setStage(review.getStage());
		shown.setLevel(review.getLevel());
		shown.setReviewer(review.getReviewer());
		shown.setStatus(review.getStatus());
		shown.setVersion(review.getVersion());
		rows.forEach((questionId, row) -> {
			if (row.hasAnswer()) {
				Answer answer = ReviewFactory.eINSTANCE.createAnswer();
				answer.setQuestionId(questionId);
				if (row.value() != null) {
					answer.setValue(row.value());
				}
				answer.setText(row.text());
				shown.getAnswers().add(answer);
			}
		});
		return shown;
	}

	/** Enables the questions whose condition holds; the others lose their answer. */
	private void updateAsked() {
		boolean changed = true;
		while (changed) { // a cleared answer may switch off a question that depends on it
			changed = false;
			Answers answers = Answers.of(shown(), theCase);
			for (QuestionRow row : rows.values()) {
				boolean asked = concept.validator().isAsked(row.question().getName(), answers);
				row.setAsked(asked);
				if (!asked && row.hasAnswer()) {
					row.clear();
					changed = true;
				}
			}
		}
	}

	private void showStatus(String text, boolean problem) {
		status.setText(text);
		status.setForeground(getDisplay().getSystemColor(problem ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_GREEN));
		status.getParent().layout();
	}

	private QuestionRow row(String questionId) {
		QuestionRow row = rows.get(questionId);
		if (row == null) {
			throw new IllegalArgumentException("no question " + questionId + " in stage " + review.getStage());
		}
		return row;
	}

	private QuestionRow askedRow(String questionId) {
		QuestionRow row = row(questionId);
		if (!row.isAsked()) {
			throw new IllegalStateException(questionId + " is not asked now");
		}
		return row;
	}

	private Font bold(Label label) {
		if (bold == null) {
			FontData[] data = label.getFont().getFontData();
			for (FontData d : data) {
				d.setStyle(SWT.BOLD);
			}
			bold = new Font(label.getDisplay(), data);
		}
		return bold;
	}
}
