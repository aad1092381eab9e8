package dk.tilsyn.app.form;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

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
import dk.tilsyn.lang.Conditions;
import dk.tilsyn.lang.tilsyn.Question;
import dk.tilsyn.lang.tilsyn.Stage;
import dk.tilsyn.model.Answer;
import dk.tilsyn.model.AnswerValue;
import dk.tilsyn.model.Review;
import dk.tilsyn.model.ReviewFactory;
import dk.tilsyn.store.ReviewStore;
import dk.tilsyn.store.StoreException;

/**
 * The questionnaire of one review: the questions of the review's stage, each answered ja / nej /
 * ikke relevant. A follow-up question is disabled, and its answer cleared, while its condition
 * (the concept's generated validator) does not hold. Saving validates and stores the whole
 * review; a refused save keeps everything the supervisor entered.
 */
public class ReviewForm extends Composite {
	private static final AnswerValue[] CHOICES = { AnswerValue.YES, AnswerValue.NO, AnswerValue.NOT_RELEVANT };

	private final InstalledConcept concept;
	private final Review review;
	private final ReviewStore store;
	private final Map<String, QuestionRow> rows = new LinkedHashMap<>();
	private final Label status;
	private final Runnable onSaved;
	private Font bold;

	public ReviewForm(Composite parent, InstalledConcept concept, Review review, ReviewStore store, Runnable onSaved) {
		super(parent, SWT.NONE);
		this.concept = concept;
		this.review = review;
		this.store = store;
		this.onSaved = onSaved;
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
		int number = 1;
		for (Question question : stage.getQuestions()) {
			rows.put(question.getName(), new QuestionRow(questions, number++, question));
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
		save.setText(Messages.save);
		save.addListener(SWT.Selection, e -> save());
		status = new Label(buttons, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		for (Answer answer : review.getAnswers()) {
			QuestionRow row = rows.get(answer.getQuestionId());
			if (row != null && answer.isSetValue()) {
				row.select(answer.getValue());
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
		QuestionRow row = row(questionId);
		if (!row.isAsked()) {
			throw new IllegalStateException(questionId + " is not asked now");
		}
		row.select(value);
		updateAsked();
	}

	/** The answer shown for a question, or null. */
	public AnswerValue valueOf(String questionId) {
		return row(questionId).value();
	}

	/** Whether the question is asked now (its condition holds), i.e. can be answered. */
	public boolean isAsked(String questionId) {
		return row(questionId).isAsked();
	}

	/** The text of the status line: what the last save did. */
	public String status() {
		return status.getText();
	}

	public Review review() {
		return review;
	}

	/**
	 * Validates and saves the review; returns whether it was saved. A refused save leaves the
	 * form as it was and says why in the status line.
	 */
	public boolean save() {
		Review candidate = ReviewFactory.eINSTANCE.createReview();
		candidate.setConceptId(review.getConceptId());
		candidate.setCaseId(review.getCaseId());
		candidate.setStage(review.getStage());
		candidate.setLevel(review.getLevel());
		candidate.setReviewer(review.getReviewer());
		candidate.setStatus(review.getStatus());
		candidate.setVersion(review.getVersion());
		rows.forEach((questionId, row) -> {
			if (row.value() != null) {
				Answer answer = ReviewFactory.eINSTANCE.createAnswer();
				answer.setQuestionId(questionId);
				answer.setValue(row.value());
				candidate.getAnswers().add(answer);
			}
		});
		Diagnostic check = concept.validator().validate(candidate);
		if (check.getSeverity() == Diagnostic.ERROR) {
			showStatus(check.getChildren().get(0).getMessage(), true);
			return false;
		}
		try {
			store.save(candidate);
		} catch (StoreException e) {
			showStatus(e.getMessage(), true);
			return false;
		}
		review.getAnswers().clear();
		review.getAnswers().addAll(candidate.getAnswers());
		review.setVersion(candidate.getVersion());
		showStatus(NLS.bind(Messages.saved, LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")),
				store.location()), false);
		if (onSaved != null) {
			onSaved.run();
		}
		return true;
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

	/** Enables the questions whose condition holds; the others lose their answer. */
	private void updateAsked() {
		boolean changed = true;
		while (changed) { // a cleared answer may switch off a question that depends on it
			changed = false;
			Map<String, AnswerValue> answers = new LinkedHashMap<>();
			rows.forEach((id, row) -> answers.put(id, row.value()));
			for (QuestionRow row : rows.values()) {
				boolean asked = concept.validator().isAsked(row.question.getName(), Answers.of(answers));
				row.setAsked(asked);
				if (!asked && row.value() != null) {
					row.select(null);
					changed = true;
				}
			}
		}
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

	/** One question: its number and text, and its three choices. */
	private final class QuestionRow {
		private final Question question;
		private final Label text;
		private final Map<AnswerValue, Button> choices = new LinkedHashMap<>();
		private final Label hint;

		QuestionRow(Composite parent, int number, Question question) {
			this.question = question;
			Composite left = new Composite(parent, SWT.NONE);
			GridLayout leftLayout = new GridLayout(1, false);
			leftLayout.marginHeight = 2;
			left.setLayout(leftLayout);
			left.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			text = new Label(left, SWT.WRAP);
			text.setText(number + ". " + question.getText());
			GridData textData = new GridData(SWT.FILL, SWT.CENTER, true, false);
			textData.widthHint = 420;
			text.setLayoutData(textData);
			hint = new Label(left, SWT.WRAP);
			hint.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			if (question.getCondition() != null) {
				hint.setText(NLS.bind(Messages.askedOnlyWhen, Conditions.toText(question.getCondition())));
			}
			hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

			Composite group = new Composite(parent, SWT.NONE);
			group.setLayout(new GridLayout(CHOICES.length, true));
			group.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
			for (AnswerValue value : CHOICES) {
				Button choice = new Button(group, SWT.RADIO);
				choice.setText(label(value));
				choice.setData("answer", value);
				choice.setData("question", question.getName());
				choice.addListener(SWT.Selection, e -> {
					if (choice.getSelection()) {
						updateAsked();
					}
				});
				choices.put(value, choice);
			}
			Label separator = new Label(parent, SWT.SEPARATOR | SWT.HORIZONTAL);
			separator.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		}

		AnswerValue value() {
			for (Map.Entry<AnswerValue, Button> choice : choices.entrySet()) {
				if (choice.getValue().getSelection()) {
					return choice.getKey();
				}
			}
			return null;
		}

		void select(AnswerValue value) {
			choices.forEach((v, button) -> button.setSelection(v == value));
		}

		boolean isAsked() {
			return text.isEnabled();
		}

		void setAsked(boolean asked) {
			text.setEnabled(asked);
			choices.values().forEach(button -> button.setEnabled(asked));
			hint.setVisible(!asked || question.getCondition() != null);
		}
	}

	static String label(AnswerValue value) {
		return switch (value) {
		case YES -> Messages.yes;
		case NO -> Messages.no;
		case NOT_RELEVANT -> Messages.notRelevant;
		};
	}
}
