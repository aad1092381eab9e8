package dk.tilsyn.lang.ui.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Year;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import dk.tilsyn.editor.XtextLanguages;

/** File → New → Tilsyn concept: a project (created when missing) and a starter concept file. */
public class NewConceptWizard extends Wizard implements INewWizard {
	private IWorkbench workbench;
	private String initialProject = "koncepter";
	private Page page;
	private IFile created;

	public NewConceptWizard() {
		setWindowTitle(Messages.wizardTitle);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		if (selection != null && selection.getFirstElement() != null) {
			IResource resource = Adapters.adapt(selection.getFirstElement(), IResource.class);
			if (resource != null && resource.getProject() != null) {
				initialProject = resource.getProject().getName();
			}
		}
	}

	@Override
	public void addPages() {
		page = new Page();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		try {
			created = create(page.project.getText().trim(), page.file.getText().trim(), page.id.getText().trim(),
					page.title.getText().trim());
		} catch (CoreException e) {
			MessageDialog.openError(getShell(), Messages.wizardTitle, NLS.bind(Messages.wizardFailed, e.getMessage()));
			return false;
		}
		if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
			try {
				IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), created);
			} catch (PartInitException e) {
				MessageDialog.openError(getShell(), Messages.wizardTitle, NLS.bind(Messages.wizardFailed, e.getMessage()));
			}
		}
		return true;
	}

	/** The file made by the last finish, or null. */
	public IFile created() {
		return created;
	}

	/** Creates the project if needed and the starter concept in it. */
	public static IFile create(String projectName, String fileName, String id, String title) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		if (!project.exists()) {
			project.create(null);
		}
		if (!project.isOpen()) {
			project.open(null);
		}
		IFile file = project.getFile(fileName);
		file.create(new ByteArrayInputStream(starter(id, title, Year.now().getValue()).getBytes(StandardCharsets.UTF_8)),
				false, null);
		file.setCharset(StandardCharsets.UTF_8.name(), null);
		return file;
	}

	/**
	 * A small complete concept that checks without problems: one stage with a question linked to
	 * a deadline rule and a follow-up, the two law versions, and a sampling model.
	 */
	public static String starter(String id, String title, int year) {
		return """
				koncept %s "%s"
				version "%d.1"
				gyldig fra %d-01-01

				// Lovene og hændelserne kan flyttes til et bibliotek, som flere koncepter importerer.
				lov SEL "Lov om social service (serviceloven)" gyldig til 2023-12-31
				lov BL "Barnets Lov" gyldig fra 2024-01-01

				hændelse underretning_modtaget "Underretning modtaget" tidspunkt
				hændelse underretning_vurderet "Underretning vurderet" tidspunkt

				tema faglig_udredning "Faglig udredning"

				regel underretning_24t "Underretningen vurderes inden for 24 timer" {
					SEL § 155 stk. 2: fra underretning_modtaget til underretning_vurderet inden 24 timer
					BL § 133 stk. 1: fra underretning_modtaget til underretning_vurderet inden 24 timer
				}

				sagstrin underretning "Underretning" afsluttes af underretning_vurderet {
					spørgsmål u01 "Er 24 timers frist overholdt?"
						tema faglig_udredning
						frist underretning_24t
						grundkrav
					spørgsmål u02 "Hvis nej, er der så sket en efterfølgende screening?"
						tema faglig_udredning
						hvis u01 = nej
				}

				stikprøvemodel model1 "Model 1" {
					kadence kvartal
					forskudt
					niveau 1 "Teamleder" {
						ramme population
						udtræk 15 pr. enhed
					}
				}
				""".formatted(id, title.replace("\\", "\\\\").replace("\"", "\\\""), year, year);
	}

	private final class Page extends WizardPage {
		Text project;
		Text file;
		Text id;
		Text title;

		Page() {
			super("concept");
			setTitle(Messages.wizardPageTitle);
			setDescription(Messages.wizardPageDescription);
		}

		@Override
		public void createControl(Composite parent) {
			Composite area = new Composite(parent, SWT.NONE);
			area.setLayout(new GridLayout(2, false));
			project = field(area, Messages.wizardProject, initialProject);
			int year = Year.now().getValue();
			file = field(area, Messages.wizardFile, "koncept" + year + ".tilsyn");
			id = field(area, Messages.wizardId, "koncept" + year);
			title = field(area, Messages.wizardConceptTitle, "");
			setControl(area);
			check();
		}

		private Text field(Composite area, String label, String value) {
			new Label(area, SWT.NONE).setText(label);
			Text text = new Text(area, SWT.BORDER);
			text.setText(value);
			text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			text.addListener(SWT.Modify, e -> check());
			return text;
		}

		private void check() {
			String problem = problem();
			setErrorMessage(problem);
			setPageComplete(problem == null);
		}

		private String problem() {
			String projectName = project.getText().trim();
			if (projectName.isEmpty()) {
				return Messages.wizardNoProject;
			}
			IStatus name = ResourcesPlugin.getWorkspace().validateName(projectName, IResource.PROJECT);
			if (!name.isOK()) {
				return NLS.bind(Messages.wizardBadProject, projectName, name.getMessage());
			}
			String fileName = file.getText().trim();
			if (!fileName.endsWith(".tilsyn") || fileName.length() == ".tilsyn".length() || fileName.contains("/")
					|| fileName.contains("\\")) {
				return Messages.wizardBadFile;
			}
			IProject existing = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
			if (existing.exists() && existing.getFile(fileName).exists()) {
				return NLS.bind(Messages.wizardFileExists, existing.getFile(fileName).getFullPath());
			}
			if (!id.getText().trim().matches("[a-zA-Z][a-zA-Z0-9_]*") || XtextLanguages.forFileName("x.tilsyn")
					.map(l -> !l.isId(id.getText().trim())).orElse(false)) {
				return Messages.wizardBadId;
			}
			if (title.getText().isBlank()) {
				return Messages.wizardNoTitle;
			}
			return null;
		}
	}
}
