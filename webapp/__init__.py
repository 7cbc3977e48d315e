"""The Gradio adapter: translates UI events to the core answer service and back."""
