{{ yearly_fact('fct_industrial_output_by_year') }}
