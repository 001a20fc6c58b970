{{ yearly_fact('fct_retail_by_year') }}
