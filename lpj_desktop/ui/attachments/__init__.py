"""Attached files in the window: attaching them (picker, drag and drop, paste), the strip of a
company's files, thumbnails on the timeline, the viewer (issue 23)."""
