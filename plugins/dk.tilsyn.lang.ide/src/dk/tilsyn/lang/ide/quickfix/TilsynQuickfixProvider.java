package dk.tilsyn.lang.ide.quickfix;

import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

import dk.tilsyn.lang.validation.IssueCodes;

/**
 * A quick fix for every issue whose fix is obvious. Text edits, so that the lawyer's layout and
 * comments stay as they are.
 */
public class TilsynQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

	/** Forældelsesloven § 27: a missing month end falls to the last day of the month. */
	@QuickFix(IssueCodes.MISSING_ROUNDING)
	public void addRoundingDown(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.addRoundingDown, (ITextModification) (diagnostic, object, document) -> List
				.of(new TextEdit(new Range(diagnostic.getRange().getEnd(), diagnostic.getRange().getEnd()),
						" afrundet ned")));
	}

	@QuickFix(IssueCodes.UNRESOLVED_REFERENCE)
	public void declareMissingEvent(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.declareEvent, (ITextModification) (diagnostic, object, document) -> {
			List<String> data = data(diagnostic);
			if (data.size() < 2 || !"Event".equals(data.get(1))) {
				return List.of();
			}
			Position end = document.getPosition(document.getContents().length());
			String lead = document.getContents().endsWith("\n") ? "" : "\n";
			return List.of(new TextEdit(new Range(end, end),
					lead + "hændelse " + data.get(0) + " \"" + data.get(0) + "\" dato\n"));
		});
	}

	@QuickFix(IssueCodes.DUPLICATE_QUESTION_ID)
	public void renameDuplicateQuestion(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.renameDuplicate, this::renameToFreeId);
	}

	@QuickFix(IssueCodes.DUPLICATE_STAGE_ID)
	public void renameDuplicateStage(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.renameDuplicate, this::renameToFreeId);
	}

	@QuickFix(IssueCodes.DUPLICATE_RULE_ID)
	public void renameDuplicateRule(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.renameDuplicate, this::renameToFreeId);
	}

	@QuickFix(IssueCodes.DUPLICATE_MODEL_ID)
	public void renameDuplicateModel(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.renameDuplicate, this::renameToFreeId);
	}

	/** Renames the second declaration to id_2 (or the first free id_n of the file). */
	private List<TextEdit> renameToFreeId(Diagnostic diagnostic, org.eclipse.emf.ecore.EObject object,
			Document document) {
		String id = document.getSubstring(diagnostic.getRange());
		for (int n = 2;; n++) {
			String candidate = id + "_" + n;
			if (!Pattern.compile("\\b" + Pattern.quote(candidate) + "\\b").matcher(document.getContents()).find()) {
				return List.of(new TextEdit(diagnostic.getRange(), candidate));
			}
		}
	}

	private static List<String> data(Diagnostic diagnostic) {
		Object data = diagnostic.getData();
		if (data instanceof JsonArray array) {
			return array.asList().stream().map(JsonElement::getAsString).toList();
		}
		if (data instanceof String[] strings) {
			return List.of(strings);
		}
		if (data instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return List.of();
	}
}
