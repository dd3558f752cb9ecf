// Workflow buttons post a separate form: warn before they throw away unsaved edits.
document.addEventListener("DOMContentLoaded", () => {
  const main = document.getElementById("comparison_form");
  const workflow = document.getElementById("workflow-form");
  if (!main || !workflow) return;
  let unsaved = false;
  const touched = () => { unsaved = true; };
  main.addEventListener("input", touched);
  main.addEventListener("change", touched);
  workflow.addEventListener("submit", (event) => {
    const message = "You have unsaved changes in the article form. They are lost if you continue. " +
      "Cancel, then save them first.";
    if (unsaved && !window.confirm(message)) event.preventDefault();
  });
});
