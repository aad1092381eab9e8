package dk.tilsyn.studio.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * What a lawyer writing a concept needs at once: the concepts (project explorer), the editor,
 * its outline, the problems, and the form preview beside them.
 */
public class StudioPerspective implements IPerspectiveFactory {
	public static final String ID = "dk.tilsyn.studio.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.2f, editors);
		left.addView(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.BOTTOM, 0.45f, "left");
		// the form needs room for a question's text beside its answers
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.52f, editors);
		right.addView("dk.tilsyn.lang.ui.preview");
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.72f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addPlaceholder("dk.tilsyn.editor.references");
		layout.addNewWizardShortcut("dk.tilsyn.lang.ui.newConcept");
		layout.addShowViewShortcut("dk.tilsyn.lang.ui.preview");
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
	}
}
