package dk.tilsyn.app.form;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dk.tilsyn.concept.Answers;
import dk.tilsyn.concept.InstalledConcept;
import dk.tilsyn.model.concept.Conditions;
import dk.tilsyn.model.concept.AnswerKind;
import dk.tilsyn.model.concept.ChoiceKind;
import dk.tilsyn.model.concept.DateKind;
import dk.tilsyn.model.concept.NumberKind;
import dk.tilsyn.model.concept.Option;
import dk.tilsyn.model.concept.YesNoKind;
import dk.tilsyn.model.concept.Question;
import dk.tilsyn.model.concept.Stage;
import dk.tilsyn.model.Answer;
import dk.tilsyn.model.AnswerValue;
import dk.tilsyn.model.Case;
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
	private Case theCase;

	/**
	 * A form that saves into the store; without a store (null) it only checks the answers, as the
	 * lawyers' preview of a concept being written does.
	 */
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
		save.setText(store == null ? Messages.check : Messages.save);
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
		QuestionRow row = row(questionId);
		if (!row.isAsked()) {
			throw new IllegalStateException(questionId + " is not asked now");
		}
		row.select(value);
		updateAsked();
	}

	/** Types the answer of a question of another kind (option id, number, date, text). */
	public void answerText(String questionId, String value) {
		QuestionRow row = row(questionId);
		if (!row.isAsked()) {
			throw new IllegalStateException(questionId + " is not asked now");
		}
		row.setText(value);
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
		for (QuestionRow row : rows.values()) {
			String problem = row.problem();
			if (problem != null) {
				showStatus(problem, true);
				return false;
			}
		}
		rows.forEach((questionId, row) -> {
			if (row.hasAnswer()) {
				Answer answer = ReviewFactory.eINSTANCE.createAnswer();
				answer.setQuestionId(questionId);
				if (row.value() != null) {
					answer.setValue(row.value());
				}
				answer.setText(row.text());
				candidate.getAnswers().add(answer);
			}
		});
		Diagnostic check = concept.validator().validate(candidate);
		if (check.getSeverity() == Diagnostic.ERROR) {
			showStatus(check.getChildren().get(0).getMessage(), true);
			return false;
		}
		if (store == null) {
			showStatus(Messages.checked, false);
			return true;
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
			Answers answers = current();
			for (QuestionRow row : rows.values()) {
				boolean asked = concept.validator().isAsked(row.question.getName(), answers);
				row.setAsked(asked);
				if (!asked && row.hasAnswer()) {
					row.clear();
					changed = true;
				}
			}
		}
	}

	/**
	 * The case the review is about: conditions on the child's age, flags and events are then
	 * evaluated (without a case they hold). Null forgets the case.
	 */
	public void setCase(Case theCase) {
		this.theCase = theCase;
		updateAsked();
	}

	/** The answers as the form shows them now, as the generated conditions read them. */
	private Answers current() {
		Map<String, AnswerValue> values = new LinkedHashMap<>();
		Map<String, String> texts = new LinkedHashMap<>();
		rows.forEach((id, row) -> {
			values.put(id, row.value());
			texts.put(id, row.text());
		});
		return new Answers() {
			@Override
			public AnswerValue valueOf(String questionId) {
				return values.get(questionId);
			}

			@Override
			public String textOf(String questionId) {
				return texts.get(questionId);
			}

			@Override
			public java.util.Optional<Case> theCase() {
				return java.util.Optional.ofNullable(theCase);
			}
		};
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

	/**
	 * One question: its number and text, and its input: ja / nej / ikke relevant as three radio
	 * buttons, a choice as a list, a number, a date or a text as a field.
	 */
	private final class QuestionRow {
		private final Question question;
		private final Label text;
		private final Map<AnswerValue, Button> choices = new LinkedHashMap<>();
		private final Label hint;
		private Combo options;
		private Text field;

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
			textData.widthHint = 360; // wraps longer texts; narrower forms (the lawyers' preview) wrap earlier
			text.setLayoutData(textData);
			if (question.getGuidance() != null) {
				text.setToolTipText(question.getGuidance());
			}
			hint = new Label(left, SWT.WRAP);
			hint.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			if (question.getCondition() != null) {
				hint.setText(NLS.bind(Messages.askedOnlyWhen, Conditions.toText(question.getCondition())));
			}
			hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

			AnswerKind kind = question.getKind();
			if (kind == null || kind instanceof YesNoKind) {
				Composite group = new Composite(parent, SWT.NONE);
				group.setLayout(new GridLayout(CHOICES.length, false));
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
			} else if (kind instanceof ChoiceKind choice) {
				options = new Combo(parent, SWT.READ_ONLY);
				options.add("");
				for (Option option : choice.getOptions()) {
					options.add(option.getTitle() == null ? option.getName() : option.getTitle());
				}
				options.setData("question", question.getName());
				options.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
				options.addListener(SWT.Selection, e -> updateAsked());
			} else {
				field = new Text(parent, SWT.BORDER);
				field.setData("question", question.getName());
				field.setMessage(kind instanceof NumberKind ? Messages.numberHint
						: kind instanceof DateKind ? Messages.dateHint : "");
				GridData fieldData = new GridData(SWT.FILL, SWT.CENTER, false, false);
				fieldData.widthHint = 220;
				field.setLayoutData(fieldData);
				field.addListener(SWT.Modify, e -> updateAsked());
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

		/** The answer of another kind than ja/nej: an option's id, a number, a date or text; null when empty. */
		String text() {
			if (options != null) {
				int index = options.getSelectionIndex();
				return index <= 0 ? null : ((ChoiceKind) question.getKind()).getOptions().get(index - 1).getName();
			}
			if (field != null) {
				String value = field.getText().trim();
				return value.isEmpty() ? null : value;
			}
			return null;
		}

		void setText(String value) {
			if (options != null) {
				List<Option> all = ((ChoiceKind) question.getKind()).getOptions();
				int index = 0;
				for (int i = 0; i < all.size(); i++) {
					if (all.get(i).getName().equals(value)) {
						index = i + 1;
					}
				}
				options.select(index);
			} else if (field != null) {
				field.setText(value == null ? "" : value);
			}
		}

		boolean hasAnswer() {
			return value() != null || text() != null;
		}

		void clear() {
			select(null);
			setText(null);
		}

		/** Why the typed answer cannot be saved, or null. */
		String problem() {
			String value = text();
			if (value == null || field == null) {
				return null;
			}
			try {
				if (question.getKind() instanceof NumberKind) {
					Integer.parseInt(value);
				} else if (question.getKind() instanceof DateKind) {
					LocalDate.parse(value);
				}
				return null;
			} catch (RuntimeException e) {
				return NLS.bind(question.getKind() instanceof NumberKind ? Messages.notANumber : Messages.notADate,
						question.getName(), value);
			}
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
			if (options != null) {
				options.setEnabled(asked);
			}
			if (field != null) {
				field.setEnabled(asked);
			}
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
