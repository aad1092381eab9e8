package dk.tilsyn.editor;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.jface.text.templates.DocumentTemplateContext;
import org.eclipse.jface.text.templates.GlobalTemplateVariables;
import org.eclipse.jface.text.templates.Template;
import org.eclipse.jface.text.templates.TemplateContextType;
import org.eclipse.jface.text.templates.TemplateProposal;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.text.templates.TemplatePersistenceData;
import org.eclipse.text.templates.TemplateReaderWriter;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.util.CancelIndicator;

import dk.tilsyn.editor.internal.Lsp;

/**
 * Content assist for the generic editor ({@code contentAssistProcessors}): the proposals of the
 * language's IDE content assist (keywords, cross-references in scope), and the language's
 * templates where their first keyword may stand.
 */
public class XtextContentAssistProcessor implements IContentAssistProcessor {
	private String problem;

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		problem = null;
		XtextDocument document = XtextDocument.of(viewer.getDocument()).orElse(null);
		if (document == null) {
			return new ICompletionProposal[0];
		}
		try {
			return proposals(document, viewer.getDocument(), offset).toArray(ICompletionProposal[]::new);
		} catch (RuntimeException e) {
			problem = e.getMessage();
			ILog.of(getClass()).error("Content assist failed", e);
			return new ICompletionProposal[0];
		}
	}

	/** The proposals at an offset, as the editor would show them. */
	public static List<ICompletionProposal> proposals(XtextDocument document, IDocument text, int offset) {
		DocumentAnalysis analysis = document.current();
		CompletionParams params = new CompletionParams(Lsp.id(analysis), Lsp.position(analysis, offset));
		CompletionList list = document.language().get(ContentAssistService.class)
				.createCompletionList(analysis.document(), analysis.resource(), params, CancelIndicator.NullImpl);
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (CompletionItem item : list.getItems()) {
			TextEdit edit = item.getTextEdit() == null ? null : item.getTextEdit().getLeft();
			String insert = edit != null ? edit.getNewText() : item.getInsertText() != null ? item.getInsertText() : item.getLabel();
			int[] span = edit != null ? Lsp.span(analysis, edit.getRange()) : new int[] { offset, 0 };
			String display = item.getDetail() == null || item.getDetail().isBlank() || item.getDetail().equals(item.getLabel())
					? item.getLabel() : item.getLabel() + " – " + item.getDetail();
			String info = item.getDocumentation() == null ? null
					: item.getDocumentation().isLeft() ? item.getDocumentation().getLeft()
							: item.getDocumentation().getRight().getValue();
			proposals.add(new CompletionProposal(insert, span[0], span[1], insert.length(), null, display, null, info));
		}
		Set<String> keywords = list.getItems().stream().map(CompletionItem::getLabel).collect(Collectors.toSet());
		proposals.addAll(0, templates(document.language(), text, offset, keywords));
		return proposals;
	}

	/** Templates whose first word is a keyword proposed here and which start with the typed prefix. */
	private static List<ICompletionProposal> templates(XtextLanguage language, IDocument text, int offset,
			Set<String> keywords) {
		if (language.templates() == null) {
			return List.of();
		}
		String prefix = prefix(text, offset);
		String contextId = language.contentTypeId() != null ? language.contentTypeId() : language.name();
		TemplateContextType type = new TemplateContextType(contextId, language.name());
		type.addResolver(new GlobalTemplateVariables.Cursor());
		type.addResolver(new GlobalTemplateVariables.Date());
		type.addResolver(new GlobalTemplateVariables.Year());
		Region region = new Region(offset - prefix.length(), prefix.length());
		DocumentTemplateContext context = new DocumentTemplateContext(type, text, region.getOffset(), region.getLength());
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (Template template : read(language)) {
			String first = template.getPattern().strip().split("[\\s$]", 2)[0];
			if (keywords.contains(first) && template.getName().toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))) {
				proposals.add(new TemplateProposal(template, context, region,
						PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FILE) : null,
						100));
			}
		}
		return proposals;
	}

	private static String prefix(IDocument text, int offset) {
		String all = text.get();
		int start = offset;
		while (start > 0 && (Character.isLetterOrDigit(all.charAt(start - 1)) || all.charAt(start - 1) == '_')) {
			start--;
		}
		return all.substring(start, offset);
	}

	private static List<Template> read(XtextLanguage language) {
		try (InputStream in = language.templates().openStream()) {
			List<Template> templates = new ArrayList<>();
			for (TemplatePersistenceData data : new TemplateReaderWriter().read(in, null)) {
				if (data.isEnabled()) {
					templates.add(data.getTemplate());
				}
			}
			return templates;
		} catch (IOException e) {
			ILog.of(XtextContentAssistProcessor.class).error("Templates of " + language + " unreadable", e);
			return List.of();
		}
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return problem;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
