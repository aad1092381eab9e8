package dk.tilsyn.lang.ui.tests;

import static dk.tilsyn.lang.ui.tests.Studio.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.eclipse.xtext.service.OperationCanceledError;

import dk.tilsyn.form.ReviewForm;
import dk.tilsyn.editor.DocumentAnalysis;
import dk.tilsyn.editor.XtextContentAssistProcessor;
import dk.tilsyn.editor.XtextReconciler;
import dk.tilsyn.editor.XtextHyperlinkDetector;
import dk.tilsyn.editor.XtextTextHover;
import dk.tilsyn.editor.internal.Occurrences;
import dk.tilsyn.editor.internal.ReferencesView;
import dk.tilsyn.lang.ui.internal.GenerateHandler;
import dk.tilsyn.lang.ui.internal.NewConceptWizard;
import dk.tilsyn.lang.ui.internal.PreviewView;
import dk.tilsyn.model.AnswerValue;
import dk.tilsyn.studio.internal.ConceptFolders;

/**
 * The concept editor in Tilsyn Studio as a lawyer uses it: the reference concept opened in the
 * generic editor, typed into, fixed, completed, hovered, formatted, navigated, renamed,
 * previewed and generated. Every test leaves a screenshot in target/screenshots.
 */
class ConceptEditorTest {
	private IProject project;
	private IFile concept;
	private IFile library;

	@BeforeEach
	void openStudio() throws Exception {
		PlatformUI.getWorkbench().showPerspective("dk.tilsyn.studio.perspective",
				PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		shell().setSize(1400, 900);
		project = freshProject();
		concept = project.getFile("kk2018.tilsyn");
		library = project.getFile("lovgrundlag.tilsyn");
	}

	/** Every test leaves the workbench as it ended in a screenshot named after the test. */
	@AfterEach
	void screenshotAndCloseEditors(org.junit.jupiter.api.TestInfo test) throws Exception {
		screenshot("end-of-" + test.getTestMethod().orElseThrow().getName() + ".png");
		page().closeAllEditors(false);
		settle(100);
	}

	@Test
	void theReferenceConceptOpensHighlightedAndWithoutProblems() throws Exception {
		ITextEditor editor = open(concept);
		assertEquals("org.eclipse.ui.genericeditor.GenericEditor", editor.getSite().getId());
		String text = document(editor).get();
		StyledText widget = text(editor);
		int keyword = text.indexOf("spørgsmål u02");
		StyleRange keywordStyle = widget.getStyleRangeAtOffset(keyword);
		assertNotNull(keywordStyle, "keywords are coloured");
		assertEquals(new RGB(0x7F, 0x00, 0x55), keywordStyle.foreground.getRGB());
		assertTrue((keywordStyle.fontStyle & SWT.BOLD) != 0);
		int string = text.indexOf("\"Er 24 timers frist");
		assertEquals(new RGB(0x2A, 0x00, 0xFF), widget.getStyleRangeAtOffset(string + 1).foreground.getRGB());
		int reference = text.indexOf("hvis u01 = nej") + "hvis ".length();
		waitFor("the semantic highlighting of a question id in a condition",
				() -> widget.getStyleRangeAtOffset(reference) != null
						&& new RGB(0, 96, 128).equals(widget.getStyleRangeAtOffset(reference).foreground.getRGB()));
		int section = text.indexOf("SEL § 52, stk. 3 og");
		waitFor("the law section highlighted as one unit", () -> widget.getStyleRangeAtOffset(section + 6) != null
				&& new RGB(128, 64, 0).equals(widget.getStyleRangeAtOffset(section + 6).foreground.getRGB()));
		assertEquals(0, problems(concept).length, () -> Arrays.toString(messages(concept)));
		// a keyword that becomes part of an id loses its colour at once (no pause needed)
		int stage = text.indexOf("sagstrin undersoegelse") + "sagstrin".length();
		type(editor, stage, 0, "x");
		StyleRange merged = widget.getStyleRangeAtOffset(stage - 3);
		assertTrue(merged == null || !new RGB(0x7F, 0x00, 0x55).equals(merged.foreground.getRGB()),
				"sagstrinx is no keyword");
		type(editor, stage, 1, "");
		assertEquals(new RGB(0x7F, 0x00, 0x55), widget.getStyleRangeAtOffset(stage - 3).foreground.getRGB());
		widget.setTopIndex(document(editor).getLineOfOffset(text.indexOf("sagstrin handleplan_anbringelse")));
		screenshot("editor-highlighting.png");
	}

	@Test
	void aBrokenConditionIsMarkedWithItsMessageWhileTyping() throws Exception {
		ITextEditor editor = open(concept);
		int at = document(editor).get().indexOf("hvis u01 = nej") + "hvis ".length();
		type(editor, at, 3, "u99");
		waitFor("a problem marker on u99", () -> Arrays.stream(messages(concept)).anyMatch(m -> m.contains("u99")));
		IMarker marker = Arrays.stream(problems(concept)).filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains("u99"))
				.findFirst().orElseThrow();
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertEquals(document(editor).getLineOfOffset(at) + 1, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals(at, marker.getAttribute(IMarker.CHAR_START, -1));
		page().showView(IPageLayout.ID_PROBLEM_VIEW);
		page().activate(editor);
		settle(1500); // the Problems view refreshes on its own schedule
		screenshot("editor-problem-marker.png");
		type(editor, at, 3, "u01");
		waitFor("the marker gone once the condition is right again", () -> problems(concept).length == 0);
	}

	/**
	 * Cancellation (Xtext's OperationCanceledError is an Error), a stack overflow and any other
	 * failure of an analysis leave the editor checking: the next change is analysed, and its
	 * error marked. Cancellation is not logged; the failures are.
	 */
	@Test
	void theEditorKeepsCheckingAfterAnAnalysisIsCancelledOrFails() throws Exception {
		ITextEditor editor = open(concept);
		AtomicInteger failed = new AtomicInteger();
		List<IStatus> logged = new CopyOnWriteArrayList<>();
		ILogListener log = (status, plugin) -> {
			if ("dk.tilsyn.editor".equals(status.getPlugin())) {
				logged.add(status);
			}
		};
		Platform.addLogListener(log);
		XtextReconciler.useAnalysis((language, uri, text, cancel) -> {
			int call = failed.getAndIncrement();
			if (call == 0) {
				throw new OperationCanceledError(new org.eclipse.core.runtime.OperationCanceledException());
			} else if (call == 1) {
				throw new StackOverflowError("test: a text too deep");
			} else if (call == 2) {
				throw new IllegalStateException("test: a check that fails");
			}
			return DocumentAnalysis.analyze(language, uri, text, cancel);
		});
		try {
			for (int i = 0; i < 3; i++) {
				int before = i;
				type(editor, 0, 0, "// ændring " + i + "\n");
				waitFor("analysis " + (i + 1) + " (the reconciler still running after " + before + " failures)",
						() -> failed.get() > before);
			}
			int at = document(editor).get().indexOf("hvis u01 = nej") + "hvis ".length();
			type(editor, at, 3, "u99");
			waitFor("the marker of the error typed after the failures",
					() -> Arrays.stream(messages(concept)).anyMatch(m -> m.contains("u99")));
		} finally {
			XtextReconciler.useAnalysis(null);
			Platform.removeLogListener(log);
		}
		List<String> errors = logged.stream().filter(s -> s.getSeverity() == IStatus.ERROR)
				.map(s -> s.getException() == null ? "?" : s.getException().getClass().getSimpleName()).toList();
		assertEquals(List.of("StackOverflowError", "IllegalStateException"), errors,
				"the failures are logged, the cancellation is not");
	}

	/**
	 * The check of closed files survives a file whose analysis overflows the stack: the file is
	 * logged, the other files of the project are still checked.
	 */
	@Test
	void aClosedFileThatCannotBeAnalysedDoesNotStopTheCheckOfTheOthers() throws Exception {
		List<IStatus> logged = new CopyOnWriteArrayList<>();
		ILogListener log = (status, plugin) -> {
			if ("dk.tilsyn.editor".equals(status.getPlugin()) && status.getException() instanceof StackOverflowError) {
				logged.add(status);
			}
		};
		Platform.addLogListener(log);
		XtextReconciler.useAnalysis((language, uri, text, cancel) -> {
			if (uri.lastSegment().equals("a-dyb.tilsyn")) {
				throw new StackOverflowError("test: a text too deep");
			}
			return DocumentAnalysis.analyze(language, uri, text, cancel);
		});
		try {
			String broken = reference("kk2018.tilsyn").replace("koncept kk2018", "koncept broken")
					.replace("hvis u01 = nej", "hvis u99 = nej");
			String deep = reference("kk2018.tilsyn").replace("koncept kk2018", "koncept dyb");
			// both files in one change, so one check meets the deep one first (files go in name order)
			ResourcesPlugin.getWorkspace().run(monitor -> {
				project.getFile("a-dyb.tilsyn").create(new java.io.ByteArrayInputStream(deep.getBytes(StandardCharsets.UTF_8)),
						true, null);
				project.getFile("broken.tilsyn").create(new java.io.ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)),
						true, null);
			}, null);
			IFile after = project.getFile("broken.tilsyn");
			waitFor("the marker of the file after the deep one",
					() -> Arrays.stream(messages(after)).anyMatch(m -> m.contains("u99")));
			waitFor("the deep file logged", () -> !logged.isEmpty());
		} finally {
			XtextReconciler.useAnalysis(null);
			Platform.removeLogListener(log);
		}
	}

	@Test
	void aFileRenamedWhileOpenKeepsGettingItsProblems() throws Exception {
		ITextEditor editor = open(concept);
		concept.move(new org.eclipse.core.runtime.Path("kk2018-omdoebt.tilsyn"), true, null);
		IFile moved = project.getFile("kk2018-omdoebt.tilsyn");
		waitFor("the editor on the renamed file", () -> "kk2018-omdoebt.tilsyn".equals(editor.getEditorInput().getName()));
		int at = document(editor).get().indexOf("hvis u01 = nej") + "hvis ".length();
		type(editor, at, 3, "u99");
		waitFor("the marker on the renamed file",
				() -> moved.exists() && Arrays.stream(messages(moved)).anyMatch(m -> m.contains("u99")));
	}

	@Test
	void aFileNoEditorHasOpenGetsItsProblemsToo() throws Exception {
		IFile broken = project.getFile("broken.tilsyn");
		broken.create(new java.io.ByteArrayInputStream(
				reference("kk2018.tilsyn").replace("koncept kk2018", "koncept broken").replace("hvis u01 = nej", "hvis u99 = nej")
						.getBytes(StandardCharsets.UTF_8)), true, null);
		waitFor("a problem marker on the closed file", () -> Arrays.stream(messages(broken)).anyMatch(m -> m.contains("u99")));
		assertEquals(0, problems(concept).length, "the reference concept, also closed, has none");
		broken.setContents(new java.io.ByteArrayInputStream(reference("kk2018.tilsyn").replace("koncept kk2018", "koncept broken")
				.getBytes(StandardCharsets.UTF_8)), true, false, null);
		waitFor("the marker gone once the file is right", () -> problems(broken).length == 0);
	}

	@Test
	void aQuickFixRepairsAMonthRuleWithoutRounding() throws Exception {
		ITextEditor editor = open(library);
		String line = "inden 4 måneder afrundet ned";
		int at = document(editor).get().indexOf(line) + "inden 4 måneder".length();
		type(editor, at, " afrundet ned".length(), "");
		waitFor("the missing rounding marked", () -> problems(library).length == 1);
		IMarker marker = problems(library)[0];
		assertNotNull(marker.getAttribute("code", null), "the marker carries the issue code");
		// Ctrl+1 on the marked text shows the fix, once the editor shows the marker
		waitFor("the marker as an annotation in the editor", () -> annotated(editor, marker));
		text(editor).setCaretOffset(marker.getAttribute(IMarker.CHAR_START, 0) + 1);
		editor.setFocus();
		execute(org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds.QUICK_ASSIST);
		long until = System.currentTimeMillis() + 5000;
		while (popupItems().isEmpty() && System.currentTimeMillis() < until) {
			settle(100);
		}
		List<String> shown = popupItems();
		String around = document(editor).get().substring(at - 40, at + 40);
		long shells = Arrays.stream(display().getShells()).filter(Shell::isVisible).count();
		screenshot("editor-quick-fix.png");
		IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertEquals(1, fixes.length, "one fix: add the rounding");
		assertTrue(shown.contains(fixes[0].getLabel()), "Ctrl+1 offers " + fixes[0].getLabel() + ": " + shown
				+ " (text: " + around + ", visible shells: " + shells + ", marker " + marker.getAttribute(IMarker.CHAR_START, -1)
				+ "-" + marker.getAttribute(IMarker.CHAR_END, -1) + ", caret " + text(editor).getCaretOffset() + ")");
		// chosen in the popup as a lawyer does (Enter or a double-click on the row): the popup applies it
		choose(fixes[0].getLabel());
		waitFor("the popup closed", () -> popupItems().isEmpty());
		assertEquals(reference("lovgrundlag.tilsyn"), document(editor).get(), "the rounding is back where it was");
		waitFor("no marker after the fix", () -> problems(library).length == 0);
	}

	@Test
	void contentAssistInAConditionProposesTheQuestionIds() throws Exception {
		ITextEditor editor = open(concept);
		int at = document(editor).get().indexOf("hvis u07 = nej") + "hvis ".length();
		type(editor, at, 3, "u");
		List<String> proposals = XtextContentAssistProcessor.proposals(xtext(editor), document(editor), at + 1).stream()
				.map(ICompletionProposal::getDisplayString).toList();
		assertTrue(proposals.contains("u01 – Er 24 timers frist overholdt?"), "an id comes with its question: " + proposals);
		assertTrue(proposals.stream().anyMatch(p -> p.startsWith("u07")), proposals.toString());
		assertFalse(proposals.stream().anyMatch(p -> p.startsWith("bu01")), "only ids that start as typed: " + proposals);
		text(editor).setCaretOffset(at + 1);
		editor.getAdapter(ITextOperationTarget.class).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
		waitFor("the content assist popup", () -> popupItems().stream().anyMatch(p -> p.startsWith("u01")));
		screenshot("editor-content-assist.png");
		closePopups();
	}

	@Test
	void contentAssistProposesEventsLawsAndStagesWithWhatTheyAre() throws Exception {
		ITextEditor editor = open(concept);
		String text = document(editor).get();
		List<String> events = XtextContentAssistProcessor.proposals(xtext(editor), document(editor),
				text.indexOf("afsluttes af underretning_vurderet") + "afsluttes af ".length()).stream()
				.map(ICompletionProposal::getDisplayString).toList();
		assertTrue(events.contains("underretning_modtaget – Underretning modtaget"), events.toString());
		List<String> laws = XtextContentAssistProcessor.proposals(xtext(editor), document(editor),
				text.indexOf("jf. SEL § 52") + "jf. ".length()).stream().map(ICompletionProposal::getDisplayString).toList();
		assertTrue(laws.contains("BL – Barnets Lov"), laws.toString());
		// a quota of a sampling level names stages: the stages are proposed with their titles
		List<String> stages = XtextContentAssistProcessor.proposals(xtext(editor), document(editor),
				text.indexOf("\t\t\tundersoegelse 3") + 3).stream().map(ICompletionProposal::getDisplayString).toList();
		assertTrue(stages.contains("undersoegelse – Børnefaglig undersøgelse"), stages.toString());
		assertTrue(stages.contains("handleplan_anbringelse – Handleplan ifm. anbringelse"), stages.toString());
		assertFalse(stages.stream().anyMatch(p -> p.startsWith("u01")), "no question where a stage belongs: " + stages);
	}

	@Test
	void templatesForAQuestionAndARuleAreOfferedWhereTheyFit() throws Exception {
		ITextEditor editor = open(concept);
		int stageBody = document(editor).get().indexOf("\tspørgsmål u02");
		List<String> inStage = XtextContentAssistProcessor.proposals(xtext(editor), document(editor), stageBody).stream()
				.map(ICompletionProposal::getDisplayString).toList();
		assertTrue(inStage.stream().anyMatch(p -> p.startsWith("spørgsmål - ")), inStage.toString());
		int end = document(editor).getLength();
		List<String> atEnd = XtextContentAssistProcessor.proposals(xtext(editor), document(editor), end).stream()
				.map(ICompletionProposal::getDisplayString).toList();
		assertTrue(atEnd.stream().anyMatch(p -> p.startsWith("regel - ")), atEnd.toString());
	}

	@Test
	void hoversShowTheQuestionTheLawAndAWorkedDeadlineExample() throws Exception {
		ITextEditor editor = open(concept);
		String text = document(editor).get();
		String question = XtextTextHover.hoverText(xtext(editor), text.indexOf("hvis u01 = nej") + "hvis u0".length());
		assertNotNull(question);
		assertTrue(question.contains("Er 24 timers frist overholdt?"), question);
		String law = XtextTextHover.hoverText(xtext(editor), text.indexOf("SEL § 52, stk. 3 og") + 1);
		assertNotNull(law);
		assertTrue(law.contains("2023"), "the law's validity: " + law);
		ITextEditor rules = open(library);
		int ruleAt = document(rules).get().indexOf("regel undersoegelse_4m");
		rules.selectAndReveal(ruleAt, 0);
		settle(200);
		String rule = XtextTextHover.hoverText(xtext(rules), document(rules).get().indexOf("regel undersoegelse_4m") + 8);
		assertNotNull(rule);
		assertTrue(rule.contains("→"), "a worked example of the month arithmetic: " + rule);
		assertTrue(rule.lines().count() >= 3, "the rule's versions on lines of their own: " + rule);
		// the hover as the editor shows it, over the rule
		StyledText widget = text(rules);
		Point at = widget.toDisplay(widget.getLocationAtOffset(ruleAt));
		DefaultInformationControl hover = (DefaultInformationControl) new XtextTextHover().getHoverControlCreator()
				.createInformationControl(shell());
		hover.setInformation(rule);
		hover.setSizeConstraints(700, 400);
		Point size = hover.computeSizeHint();
		hover.setSize(Math.min(size.x, 700), size.y);
		hover.setLocation(new Point(at.x + 40, at.y + 20));
		hover.setVisible(true);
		screenshot("editor-hover.png");
		hover.dispose();
	}

	@Test
	void formatRestoresTheLayoutOfTheReferenceConcept() throws Exception {
		ITextEditor editor = open(concept);
		String formatted = reference("kk2018.tilsyn");
		String messy = formatted.replace("\n\t\t", "\n").replace("\n\tspørgsmål", "\nspørgsmål").replace(" {\n", "   {\n");
		assertNotEquals(formatted, messy);
		document(editor).set(messy);
		waitFor("the messy text analysed", () -> analysedAsShown(editor));
		execute("dk.tilsyn.editor.format");
		assertEquals(formatted, document(editor).get());
		screenshot("editor-formatted.png");
	}

	@Test
	void theOutlineListsStagesQuestionsAndRules() throws Exception {
		ITextEditor editor = open(concept);
		ContentOutline outline = (ContentOutline) page().showView(IPageLayout.ID_OUTLINE);
		org.eclipse.swt.widgets.Tree tree = outlineTree(outline);
		// the stages hold their questions, in the order of the text
		TreeItem stage = item(tree.getItems(), "underretning");
		List<String> questions = new ArrayList<>();
		for (TreeItem question : stage.getItems()) {
			questions.add(question.getText().split(" ")[0]);
		}
		assertEquals(List.of("u01", "u02", "u03"), questions.subList(0, 3), questions.toString());
		assertNotNull(item(tree.getItems(), "model1"), "the sampling models too");
		// choosing a question in the outline selects its id in the editor
		TreeItem u02 = item(stage.getItems(), "u02");
		tree.setSelection(u02);
		tree.notifyListeners(SWT.Selection, selectionOf(u02));
		settle(200);
		assertEquals("u02", ((org.eclipse.jface.text.ITextSelection) editor.getSelectionProvider().getSelection()).getText());
		// it follows the typing: a new question appears in its stage
		int end = document(editor).get().indexOf("\tspørgsmål u09");
		type(editor, end, 0, "\tspørgsmål u10 \"Er barnet orienteret om underretningen?\"\n");
		waitFor("u10 in the outline", () -> outlineLabels(outline).stream().anyMatch(l -> l.startsWith("u10")));
		screenshot("editor-outline.png");
		// the library's outline lists its deadline rules
		open(library);
		ContentOutline libraryOutline = (ContentOutline) page().showView(IPageLayout.ID_OUTLINE);
		waitFor("the library's rules in the outline",
				() -> outlineLabels(libraryOutline).stream().anyMatch(l -> l.startsWith("undersoegelse_4m")));
		assertNotNull(item(outlineTree(libraryOutline).getItems(), "underretning_24t"));
	}

	@Test
	void goToDefinitionOpensTheLibraryAtTheRule() throws Exception {
		// the library is open with unsaved lines above the rule: F3 must find the rule where it is now
		ITextEditor libraryEditor = open(library);
		type(libraryEditor, 0, 0, "// endnu ikke gemt\n// endnu ikke gemt\n");
		ITextEditor editor = open(concept);
		int at = document(editor).get().indexOf("frist underretning_24t") + "frist under".length();
		IHyperlink[] links = new XtextHyperlinkDetector().detectHyperlinks(viewer(editor), new Region(at, 0), false);
		assertNotNull(links, "a reference to a rule links to it");
		links[0].open();
		settle(300);
		ITextEditor target = (ITextEditor) page().getActiveEditor();
		assertEquals("lovgrundlag.tilsyn", target.getEditorInput().getName());
		var selection = (org.eclipse.jface.text.ITextSelection) target.getSelectionProvider().getSelection();
		assertEquals("underretning_24t", selection.getText());
	}

	@Test
	void renamingARuleChangesItsUsesInTheConceptToo() throws Exception {
		ITextEditor editor = open(library);
		int at = document(editor).get().indexOf("regel underretning_24t") + "regel ".length();
		Occurrences.Found found = Occurrences.find(xtext(editor), at);
		assertNotNull(found);
		assertEquals("underretning_24t", found.name());
		assertEquals(2, found.files(), "declared in the library, used in the concept");
		assertNull(Occurrences.checkName(xtext(editor).language(), "underretning_24_timer"));
		assertNotNull(Occurrences.checkName(xtext(editor).language(), "regel"), "a keyword is no name");
		assertNotNull(Occurrences.checkName(xtext(editor).language(), "1abc"));
		Occurrences.rename(found, "underretning_24_timer");
		assertTrue(document(editor).get().contains("regel underretning_24_timer "));
		String conceptText = new String(concept.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(conceptText.contains("frist underretning_24_timer"), "the concept file was renamed and saved");
		assertFalse(conceptText.contains("underretning_24t\n"));
		ITextEditor conceptEditor = open(concept);
		settle(300);
		assertEquals(0, Arrays.stream(problems(concept))
				.filter(m -> m.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR).count(),
				() -> Arrays.toString(messages(concept)));
		assertNotNull(conceptEditor);
	}

	@Test
	void renamingAQuestionThroughTheDialogRenamesItsConditionsAndRefusesBadNames() throws Exception {
		ITextEditor editor = open(concept);
		int at = document(editor).get().indexOf("spørgsmål u07 ") + "spørgsmål u0".length();
		text(editor).setCaretOffset(at);
		List<String> refused = new ArrayList<>();
		display().timerExec(500, () -> {
			Shell dialog = Arrays.stream(display().getShells()).filter(sh -> sh != shell() && sh.isVisible())
					.findFirst().orElseThrow();
			List<Text> fields = new ArrayList<>();
			texts(dialog, fields);
			org.eclipse.swt.widgets.Button ok = buttons(dialog).stream()
					.filter(b -> b.getText().replace("&", "").equalsIgnoreCase("OK")).findFirst().orElseThrow();
			for (String bad : new String[] { "regel", "1abc", "u 7" }) {
				fields.get(0).setText(bad);
				if (!ok.isEnabled()) {
					refused.add(bad);
				}
			}
			fields.get(0).setText("u07_inddragelse");
			try {
				screenshot("editor-rename.png");
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
			ok.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		});
		execute("dk.tilsyn.editor.rename");
		assertEquals(List.of("regel", "1abc", "u 7"), refused, "a keyword, a leading digit and a space are no ids");
		String renamed = document(editor).get();
		assertTrue(renamed.contains("spørgsmål u07_inddragelse \""), "the declaration");
		assertTrue(renamed.contains("hvis u07_inddragelse = nej"), "the condition of u08");
		assertFalse(java.util.regex.Pattern.compile("\\bu07\\b").matcher(renamed).find(), "no use left behind");
		waitFor("the renamed concept analysed", () -> analysedAsShown(editor));
		settle(300);
		assertEquals(0, problems(concept).length, () -> Arrays.toString(messages(concept)));
	}

	@Test
	void findReferencesListsTheDeclarationAndEveryUse() throws Exception {
		ITextEditor editor = open(concept);
		int at = document(editor).get().indexOf("spørgsmål u01 ") + "spørgsmål u0".length();
		text(editor).setCaretOffset(at);
		execute("org.eclipse.ui.genericeditor.findReferences");
		ReferencesView view = (ReferencesView) page().findView(ReferencesView.ID);
		assertNotNull(view, "the References view opened");
		assertEquals(2, view.shown().size(), "the declaration and the condition of u02: " + view.shown());
		assertTrue(view.shown().get(0).declaration());
		assertTrue(view.shown().get(1).lineText().contains("hvis u01 = nej"));
		screenshot("editor-references.png");
	}

	@Test
	void previewShowsTheFormWithFollowUpsAndAgeConditions() throws Exception {
		ITextEditor editor = open(concept);
		page().activate(editor);
		PreviewView preview = (PreviewView) execute("dk.tilsyn.lang.ui.preview");
		waitFor("the form", () -> preview.form() != null);
		ReviewForm form = preview.form();
		assertFalse(form.isAsked("u02"));
		form.answer("u01", AnswerValue.NO);
		assertTrue(form.isAsked("u02"), "the follow-up is asked once u01 is answered no");
		screenshot("form-preview.png");
		// the preview follows the text: a new question appears without any build
		int end = document(editor).get().indexOf("\tspørgsmål u09");
		type(editor, end, 0, "\tspørgsmål u10 \"Er barnet orienteret om underretningen?\"\n");
		waitFor("the new question in the preview", () -> {
			try {
				return preview.form() != null && preview.form().isAsked("u10");
			} catch (IllegalArgumentException notYet) {
				return false;
			}
		});
		assertEquals(AnswerValue.NO, preview.form().valueOf("u01"), "the preview keeps the answers given");
	}

	@Test
	void generateWritesTheConceptPluginAndRefusesAConceptWithErrors() throws Exception {
		ITextEditor editor = open(concept);
		IFolder folder = GenerateHandler.generate(xtext(editor));
		assertEquals("dk.tilsyn.concept.kk2018", folder.getName());
		String manifest = new String(folder.getFile("META-INF/MANIFEST.MF").getContents().readAllBytes(),
				StandardCharsets.UTF_8);
		assertTrue(manifest.contains("Bundle-SymbolicName: dk.tilsyn.concept.kk2018"), manifest);
		IFile validator = folder.getFile("src-gen/dk/tilsyn/concept/kk2018/Kk2018Validator.java");
		assertTrue(validator.exists());
		assertTrue(new String(validator.getContents().readAllBytes(), StandardCharsets.UTF_8).contains("case \"u02\""));
		assertTrue(folder.getFile("concept/lovgrundlag.tilsyn").exists(), "the imported library goes with the concept");

		int at = document(editor).get().indexOf("hvis u01 = nej") + "hvis ".length();
		type(editor, at, 3, "u99");
		editor.doSave(null);
		CoreException refused = assertThrows(CoreException.class, () -> GenerateHandler.generate(xtext(editor)));
		assertTrue(refused.getStatus().getMessage().contains("1 fejl"), refused.getStatus().getMessage());
	}

	@Test
	void theNewConceptWizardMakesAConceptWithoutProblems() throws Exception {
		NewConceptWizard wizard = new NewConceptWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(shell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		List<Text> fields = new ArrayList<>();
		texts(dialog.getShell(), fields);
		assertEquals(4, fields.size());
		assertEquals(Studio.PROJECT, fields.get(0).getText());
		assertFalse(wizard.canFinish(), "no title yet");
		fields.get(1).setText("kk2026.tilsyn");
		fields.get(2).setText("kk2026");
		fields.get(3).setText("Testkommune, ledelsestilsyn 2026");
		assertTrue(wizard.canFinish());
		screenshot("new-concept-wizard.png");
		assertTrue(wizard.performFinish());
		dialog.close();
		IFile created = project.getFile("kk2026.tilsyn");
		assertTrue(created.exists());
		ITextEditor editor = (ITextEditor) page().getActiveEditor();
		assertEquals("kk2026.tilsyn", editor.getEditorInput().getName());
		waitFor("the new concept analysed", () -> analysedAsShown(editor));
		settle(300);
		assertEquals(0, problems(created).length, () -> Arrays.toString(messages(created)));
	}

	/**
	 * A concept folder copied into the workspace folder ({@code tilsyn studio FOLDER}) is a project
	 * once Studio starts; a folder without concepts is left alone, and the files are not touched.
	 */
	@Test
	void aConceptFolderInTheWorkspaceFolderBecomesAProject() throws Exception {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		java.nio.file.Path root = workspace.getRoot().getLocation().toFile().toPath();
		java.nio.file.Path copied = Files.createDirectories(root.resolve("kopieret/concept"));
		Files.writeString(copied.resolve("kk2018.tilsyn"), reference("kk2018.tilsyn"));
		Files.writeString(copied.resolve("lovgrundlag.tilsyn"), reference("lovgrundlag.tilsyn"));
		java.nio.file.Path notes = Files.createDirectories(root.resolve("noter"));
		Files.writeString(notes.resolve("huskeliste.txt"), "ikke et koncept");
		try {
			List<String> created = ConceptFolders.importInto(workspace).stream().map(IProject::getName).toList();
			assertEquals(List.of("kopieret"), created, "only the folder with concept files");
			assertTrue(workspace.getRoot().getProject("kopieret").getFile("concept/kk2018.tilsyn").exists());
			assertEquals(reference("kk2018.tilsyn"), Files.readString(copied.resolve("kk2018.tilsyn")), "the file as it was");
			assertFalse(workspace.getRoot().getProject("noter").exists());
			assertEquals(List.of(), ConceptFolders.importInto(workspace), "a project already");
		} finally {
			workspace.getRoot().getProject("kopieret").delete(true, true, null);
			Files.deleteIfExists(notes.resolve("huskeliste.txt"));
			Files.deleteIfExists(notes);
		}
	}

	private static Object execute(String command) throws Exception {
		return PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
	}

	private static boolean annotated(ITextEditor editor, IMarker marker) {
		var model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		for (var i = model.getAnnotationIterator(); i.hasNext();) {
			if (i.next() instanceof org.eclipse.ui.texteditor.MarkerAnnotation a && a.getMarker().equals(marker)) {
				return true;
			}
		}
		return false;
	}

	private static String[] messages(IFile file) {
		return Arrays.stream(problems(file)).map(m -> m.getAttribute(IMarker.MESSAGE, "")).toArray(String[]::new);
	}

	/** The rows of the proposal tables of the popups shown over the workbench. */
	private static List<String> popupItems() {
		List<String> items = new ArrayList<>();
		for (Shell popup : display().getShells()) {
			if (popup != shell() && popup.isVisible()) {
				tables(popup).forEach(t -> Arrays.stream(t.getItems()).map(TableItem::getText).forEach(items::add));
			}
		}
		return items;
	}

	/** Chooses a row of the proposal popup as Enter or a double-click does (the table's default selection). */
	private static void choose(String label) {
		for (Shell popup : display().getShells()) {
			if (popup != shell() && popup.isVisible()) {
				for (Table table : tables(popup)) {
					TableItem[] items = table.getItems();
					for (int i = 0; i < items.length; i++) {
						if (items[i].getText().equals(label)) {
							table.setSelection(i);
							table.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
							settle(200);
							return;
						}
					}
				}
			}
		}
		throw new AssertionError("no row " + label + " in the popup: " + popupItems());
	}

	private static void closePopups() {
		for (Shell popup : display().getShells()) {
			if (popup != shell() && popup.isVisible() && !tables(popup).isEmpty()) {
				popup.setVisible(false);
			}
		}
		settle(100);
	}

	private static List<Table> tables(Composite parent) {
		List<Table> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (child instanceof Table table) {
				found.add(table);
			} else if (child instanceof Composite composite) {
				found.addAll(tables(composite));
			}
		}
		return found;
	}

	private static void texts(Composite parent, List<Text> found) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Text text && (text.getStyle() & SWT.BORDER) != 0 && (text.getStyle() & SWT.READ_ONLY) == 0) {
				found.add(text);
			} else if (child instanceof Composite composite) {
				texts(composite, found);
			}
		}
	}

	private static List<org.eclipse.swt.widgets.Button> buttons(Composite parent) {
		List<org.eclipse.swt.widgets.Button> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Button button) {
				found.add(button);
			} else if (child instanceof Composite composite) {
				found.addAll(buttons(composite));
			}
		}
		return found;
	}

	private static org.eclipse.swt.widgets.Tree outlineTree(ContentOutline outline) {
		settle(300);
		var viewer = ((dk.tilsyn.editor.internal.OutlinePage) outline.getCurrentPage()).getTreeViewer();
		viewer.expandAll();
		return viewer.getTree();
	}

	private static List<String> outlineLabels(ContentOutline outline) {
		List<String> labels = new ArrayList<>();
		collect(outlineTree(outline).getItems(), labels);
		return labels;
	}

	/** The first item of an id (its label starts with the id) among the items and their descendants. */
	private static TreeItem item(TreeItem[] items, String id) {
		TreeItem found = find(items, id);
		if (found == null) {
			List<String> labels = new ArrayList<>();
			collect(items, labels);
			throw new AssertionError("no " + id + " among " + labels);
		}
		return found;
	}

	private static TreeItem find(TreeItem[] items, String id) {
		for (TreeItem item : items) {
			if (item.getText().equals(id) || item.getText().startsWith(id + " ")) {
				return item;
			}
			TreeItem below = find(item.getItems(), id);
			if (below != null) {
				return below;
			}
		}
		return null;
	}

	private static org.eclipse.swt.widgets.Event selectionOf(TreeItem item) {
		org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
		event.item = item;
		return event;
	}

	private static void collect(TreeItem[] items, List<String> labels) {
		for (TreeItem item : items) {
			labels.add(item.getText());
			collect(item.getItems(), labels);
		}
	}
}
