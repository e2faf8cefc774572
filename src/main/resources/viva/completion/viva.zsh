#compdef viva
{{bash-script}}
