{{ yearly_fact('fct_exports_by_year') }}
